import { useSearchParams } from "react-router-dom"
import { apiUrl } from "./sdk"

export const FILTER_KEYS = ["location_id", "status", "type", "q", "from", "to"] as const
export type ClaimFilters = Partial<Record<(typeof FILTER_KEYS)[number], string>>

/** The list's filters live in the URL, so a filtered view survives a reload and can be shared. */
export function useClaimFilters() {
  const [params, setParams] = useSearchParams()
  const filters: ClaimFilters = Object.fromEntries(FILTER_KEYS.flatMap((k) => (params.get(k) ? [[k, params.get(k)!]] : [])))
  const setFilter = (key: keyof ClaimFilters, value: string) =>
    setParams((old) => {
      const next = new URLSearchParams(old)
      if (value) next.set(key, value)
      else next.delete(key)
      return next
    })
  return { filters, setFilter, clear: () => setParams(new URLSearchParams()) }
}

/** The CSV of the filtered claims; a plain link, so the browser downloads it with the session cookie. */
export const exportUrl = (filters: ClaimFilters) => apiUrl(`/admin/kassa/warranty/export?${new URLSearchParams(filters as Record<string, string>)}`)
