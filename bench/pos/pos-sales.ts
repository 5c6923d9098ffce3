import { randomUUID } from "node:crypto"
import type { Api } from "./http"
import { lanes } from "./lanes"
import { timed } from "./stats"

export type Register = { location_id: string; register_id: string }
/** Units that left a branch: POS sales take them off the shelf, store orders reserve them. */
export type Sold = { location_id: string; variant_id: string; quantity: number }
export type SaleResult = { saleMs: number; checkoutMs: number; sold: Sold[] }
/** A ticket with its lines scanned, waiting for payment. */
export type ReadyTicket = { register: Register; ticket_id: string; tendered: number; lines: { variant_id: string; quantity: number }[] }

const POS = "/admin/kassa/pos"

/** Opens a ticket on the register and scans the codes onto it. */
export async function ringUp(api: Api, register: Register, codes: string[]): Promise<ReadyTicket> {
  const { ticket } = (await api.call("POS open ticket", "POST", `${POS}/tickets`, register)).json
  let view = ticket
  for (const code of codes) view = (await api.call("POS add line (scan)", "POST", `${POS}/tickets/${ticket.id}/lines`, { code, quantity: 1 })).json.ticket
  // Cash, rounded up: change is due.
  return { register, ticket_id: ticket.id, tendered: Math.ceil(Number(view.totals.total) / 500) * 500, lines: view.lines }
}

/** Takes cash for a ready ticket: the checkout call. */
export async function pay(api: Api, ready: ReadyTicket): Promise<number> {
  const { ms } = await api.call("POS checkout", "POST", `${POS}/tickets/${ready.ticket_id}/checkout`, { tenders: [{ method: "cash", tendered: ready.tendered }] }, {
    "idempotency-key": randomUUID(),
  })
  return ms
}

const soldBy = (ready: ReadyTicket): Sold[] => ready.lines.map((l) => ({ location_id: ready.register.location_id, variant_id: l.variant_id, quantity: l.quantity }))

/** One counter sale: open a ticket, scan the codes onto it, take cash. */
export async function sell(api: Api, register: Register, codes: string[]): Promise<SaleResult> {
  const [saleMs, [checkoutMs, ready]] = await timed(async () => {
    const ready = await ringUp(api, register, codes)
    return [await pay(api, ready), ready] as const
  })
  return { saleMs, checkoutMs, sold: soldBy(ready) }
}


/** `loops` registers selling back to back (open, scan three, pay), `perLoop` sales each, all at once. */
export const registersSelling = (api: Api, registers: Register[], loops: number, perLoop: number, codes: () => string[]) =>
  lanes(loops, perLoop, (i) => sell(api, registers[i % registers.length], codes()))

/** Rings up `perLoop` tickets on each of `loops` registers (not measured: the checkouts are). */
export async function ringUpTickets(api: Api, registers: Register[], loops: number, perLoop: number, codes: () => string[]) {
  const ready: ReadyTicket[][] = Array.from({ length: loops }, () => [])
  await lanes(loops, perLoop, async (i) => ready[i].push(await ringUp(api, registers[i % registers.length], codes())))
  return ready
}

/** Each register checks out its ready tickets back to back, all registers at once. */
export const registersCheckingOut = (api: Api, ready: ReadyTicket[][]) =>
  lanes(ready.length, Math.max(...ready.map((r) => r.length)), async (i, n) => {
    const ticket = ready[i][n]
    return { saleMs: 0, checkoutMs: await pay(api, ticket), sold: soldBy(ticket) }
  })
