import { useCallback, useEffect, useRef, useState } from "react"
import { api, ApiError, errorText, pos } from "../lib/api"
import { beep } from "../lib/beep"
import type { Ticket, TicketSummary } from "../lib/types"

export type Notice = { tone: "error" | "info" | "success"; text: string; at: number }

type Where = { locationId: string; registerId: string }

const needsSerials = (t: Ticket, lineId: string) => {
  const line = t.lines.find((l) => l.id === lineId)
  return !!line?.requires_serial && line.serial_numbers.length < line.quantity
}

/**
 * The sale on this register: the server's ticket (so a reload or the customer display sees the
 * same), changed one request at a time in the order the cashier acted, with codes still on
 * their way shown as pending lines.
 */
export function useSale({ locationId, registerId }: Where) {
  const [ticket, setTicket] = useState<Ticket | null>(null)
  const [loading, setLoading] = useState(true)
  const [pending, setPending] = useState<string[]>([])
  const [selected, setSelected] = useState<string | null>(null)
  const [notice, setNotice] = useState<Notice | null>(null)
  const queue = useRef<Promise<unknown>>(Promise.resolve())
  const current = useRef<Ticket | null>(null)
  current.current = ticket

  const say = useCallback((tone: Notice["tone"], text: string) => setNotice({ tone, text, at: Date.now() }), [])

  // The register's open sale, if the page was reloaded in the middle of one.
  useEffect(() => {
    let gone = false
    api<{ tickets: TicketSummary[] }>(pos(`/tickets?location_id=${locationId}&register_id=${registerId}&status=open`))
      .then(async ({ tickets }) => {
        const open = tickets.find((t) => t.items > 0) ?? tickets[0]
        if (open && !gone) setTicket((await api<{ ticket: Ticket }>(pos(`/tickets/${open.id}`))).ticket)
      })
      .catch((e) => say("error", errorText(e)))
      .finally(() => setLoading(false))
    return () => {
      gone = true
    }
  }, [locationId, registerId, say])

  /** Runs `step` after every earlier change; its ticket (if any) becomes the sale shown. */
  const enqueue = useCallback(
    <T,>(step: () => Promise<T>): Promise<T> => {
      const run = queue.current.then(step, step)
      queue.current = run.catch(() => undefined)
      return run
    },
    []
  )

  const ensureTicket = async () => {
    if (current.current && current.current.status === "open") return current.current
    const { ticket } = await api<{ ticket: Ticket }>(pos("/tickets"), { method: "POST", body: { location_id: locationId, register_id: registerId } })
    current.current = ticket
    setTicket(ticket)
    return ticket
  }

  const show = (next: Ticket) => {
    current.current = next
    setTicket(next)
    return next
  }

  /** A scanned or typed code; resolves to the line that needs serial numbers, if any. */
  const scan = (code: string, onUnknown: (code: string) => void) => {
    setPending((p) => [...p, code])
    return enqueue(async () => {
      try {
        const open = await ensureTicket()
        const { ticket } = await api<{ ticket: Ticket }>(pos(`/tickets/${open.id}/lines`), { method: "POST", body: { code } })
        show(ticket)
        const line = [...ticket.lines].reverse().find((l) => l.barcode === code || l.sku === code) ?? ticket.lines[ticket.lines.length - 1]
        setSelected(line?.id ?? null)
        setNotice(null)
        return line && needsSerials(ticket, line.id) ? line.id : null
      } catch (e) {
        if (e instanceof ApiError && e.status === 404) {
          beep()
          onUnknown(code)
        } else say("error", errorText(e))
        return null
      } finally {
        setPending((p) => p.slice(1))
      }
    })
  }

  const addVariant = (variantId: string) =>
    enqueue(async () => {
      const open = await ensureTicket()
      const { ticket } = await api<{ ticket: Ticket }>(pos(`/tickets/${open.id}/lines`), { method: "POST", body: { variant_id: variantId } })
      show(ticket)
      const line = [...ticket.lines].reverse().find((l) => l.variant_id === variantId)
      setSelected(line?.id ?? null)
      return line && needsSerials(ticket, line.id) ? line.id : null
    })

  /** A change to the current ticket through one of its routes; errors become the notice. */
  const change = (path: string, method: "POST" | "DELETE", body?: unknown) =>
    enqueue(async () => {
      const open = current.current
      if (!open) return null
      try {
        return show((await api<{ ticket: Ticket }>(pos(`/tickets/${open.id}${path}`), { method, body })).ticket)
      } catch (e) {
        say("error", errorText(e))
        throw e
      }
    })

  /** The current ticket read again: an extension changed it through its own routes. */
  const reload = () =>
    enqueue(async () => {
      const open = current.current
      if (!open) return null
      return show((await api<{ ticket: Ticket }>(pos(`/tickets/${open.id}`))).ticket)
    })

  const updateLine = (lineId: string, body: Record<string, unknown>) => change(`/lines/${lineId}`, "POST", body)
  const removeLine = (lineId: string) => change(`/lines/${lineId}`, "DELETE")
  const updateTicket = (body: Record<string, unknown>) => change("", "POST", body)

  /** Customer or agent: also before the first item, so the sale is opened for them if need be. */
  const attach = (body: { customer_id?: string | null; sales_agent_id?: string | null }) =>
    enqueue(async () => {
      try {
        const open = await ensureTicket()
        return show((await api<{ ticket: Ticket }>(pos(`/tickets/${open.id}`), { method: "POST", body })).ticket)
      } catch (e) {
        say("error", errorText(e))
        throw e
      }
    })

  /** Parks the sale (it keeps no stock) and clears the screen for the next customer. */
  const park = () =>
    enqueue(async () => {
      const open = current.current
      if (!open?.lines.length) return
      try {
        await api(pos(`/tickets/${open.id}`), { method: "POST", body: { status: "parked" } })
        clear()
        const n = open.totals.items
        say("info", `Sale parked (${n} item${n === 1 ? "" : "s"}). Shift+F8 lists parked sales.`)
      } catch (e) {
        say("error", errorText(e))
      }
    })

  /** Brings a parked sale back; the one on screen is parked first so nothing is lost. */
  const resume = (id: string) =>
    enqueue(async () => {
      const open = current.current
      if (open?.lines.length && open.id !== id) await api(pos(`/tickets/${open.id}`), { method: "POST", body: { status: "parked" } })
      show((await api<{ ticket: Ticket }>(pos(`/tickets/${id}`), { method: "POST", body: { status: "open" } })).ticket)
      say("info", "Parked sale resumed")
    })

  /** The screen for the next customer; a notice about the last one goes with it. */
  const clear = () => {
    setNotice(null)
    current.current = null
    setTicket(null)
    setSelected(null)
  }

  return { ticket, loading, pending, selected, setSelected, notice, setNotice, say, scan, addVariant, reload, updateLine, removeLine, updateTicket, attach, park, resume, clear }
}
