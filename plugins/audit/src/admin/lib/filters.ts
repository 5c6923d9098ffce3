import { useSearchParams } from "react-router-dom"
import { apiUrl } from "./sdk"

export const FILTER_KEYS = ["from", "to", "q", "action", "entity_type", "branch_id", "actor_id", "entity_id"] as const
export type FilterKey = (typeof FILTER_KEYS)[number]

/** The filters as the URL holds them; `from` and `to` are calendar days (YYYY-MM-DD), both included. */
export type AuditFilters = Partial<Record<FilterKey, string>>

/** The filters as the API takes them: `from`/`to` as instants, `to` exclusive. */
export type ApiFilters = Partial<Record<FilterKey, string>>

export const toDay = (d: Date) =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`

/** Local midnight of a YYYY-MM-DD day (plus some days); null for anything else a URL may hold. */
export function fromDay(day: string | undefined, plusDays = 0) {
  const m = day?.match(/^(\d{4})-(\d{2})-(\d{2})$/)
  if (!m) return null
  const date = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]) + plusDays)
  return Number.isNaN(date.getTime()) ? null : date
}

/**
 * Days are the user's own: local midnight is sent as an instant, and the "to" day is included
 * by sending the next midnight (the API's `to` is exclusive).
 */
export function toApiFilters({ from, to, ...rest }: AuditFilters): ApiFilters {
  const start = fromDay(from)
  const end = fromDay(to, 1)
  return { ...rest, ...(start && { from: start.toISOString() }), ...(end && { to: end.toISOString() }) }
}

/** The CSV of the filtered log; a plain link, so the browser streams it to disk with the session cookie. */
export function exportUrl(filters: AuditFilters) {
  const params = new URLSearchParams(Object.entries(toApiFilters(filters)) as [string, string][])
  return apiUrl(`/admin/kassa/audit/export?${params}`)
}

const set = (params: URLSearchParams, key: string, value: string | undefined) =>
  value ? params.set(key, value) : params.delete(key)

/**
 * The page's state lives in the URL's search params: the filters, so a filtered view can be
 * shared and survives a reload, and the open entry (?seq=), so the history widgets can link to it.
 * The router builds each update from the params of its last render, so a change that touches
 * two params is made in one update (two in a row would lose the first).
 */
export function useAuditUrl() {
  const [params, setParams] = useSearchParams()
  const filters: AuditFilters = Object.fromEntries(FILTER_KEYS.flatMap((k) => (params.get(k) ? [[k, params.get(k)!]] : [])))
  const seq = Number(params.get("seq"))

  const update = (change: (next: URLSearchParams) => void) =>
    setParams(
      (old) => {
        const next = new URLSearchParams(old)
        change(next)
        return next
      },
      { replace: true }
    )

  return {
    filters,
    seq: Number.isSafeInteger(seq) && seq > 0 ? seq : null,
    setFilter: (key: FilterKey, value: string | undefined) => update((p) => set(p, key, value)),
    clearFilters: () => update((p) => FILTER_KEYS.forEach((k) => p.delete(k))),
    /** Opens an entry in the drawer; null closes it. */
    openEntry: (seq: number | null) => update((p) => set(p, "seq", seq ? String(seq) : undefined)),
    /** Closes the entry and narrows the log to its actor or record. */
    narrowTo: (key: "actor_id" | "entity_id", value: string) =>
      update((p) => {
        p.delete("seq")
        p.set(key, value)
      }),
  }
}
