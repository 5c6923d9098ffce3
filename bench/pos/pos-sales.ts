import { randomUUID } from "node:crypto"
import type { Api } from "./http"
import { timed } from "./stats"

export type Register = { location_id: string; register_id: string }
/** Units that left a branch: POS sales take them off the shelf, store orders reserve them. */
export type Sold = { location_id: string; variant_id: string; quantity: number }
export type SaleResult = { saleMs: number; checkoutMs: number; sold: Sold[] }

const POS = "/admin/kassa/pos"

/** One counter sale: open a ticket, scan the codes onto it, take cash (rounded up: change due). */
export async function sell(api: Api, { location_id, register_id }: Register, codes: string[]): Promise<SaleResult> {
  const [saleMs, [checkoutMs, lines]] = await timed(async () => {
    const { ticket } = (await api.call("POS open ticket", "POST", `${POS}/tickets`, { location_id, register_id })).json
    let view = ticket
    for (const code of codes) view = (await api.call("POS add line (scan)", "POST", `${POS}/tickets/${ticket.id}/lines`, { code, quantity: 1 })).json.ticket
    const tendered = Math.ceil(Number(view.totals.total) / 500) * 500
    const { ms } = await api.call("POS checkout", "POST", `${POS}/tickets/${ticket.id}/checkout`, { tenders: [{ method: "cash", tendered }] }, {
      "idempotency-key": randomUUID(),
    })
    return [ms, view.lines as { variant_id: string; quantity: number }[]] as const
  })
  return { saleMs, checkoutMs, sold: lines.map((l) => ({ location_id, variant_id: l.variant_id, quantity: l.quantity })) }
}

/**
 * `loops` registers selling back to back, `perLoop` sales each, all at once. A failed sale is
 * already counted as an error by the client; the loop goes on with the next one.
 */
export async function registersAtOnce(api: Api, registers: Register[], loops: number, perLoop: number, codes: () => string[]) {
  const results: SaleResult[] = []
  const [wallMs] = await timed(() =>
    Promise.all(
      Array.from({ length: loops }, async (_, i) => {
        for (let n = 0; n < perLoop; n++) {
          await sell(api, registers[i % registers.length], codes()).then((r) => results.push(r), () => undefined)
        }
      })
    )
  )
  return { results, perSecond: results.length / (wallMs / 1000), wallMs }
}
