import type { MedusaContainer } from "@medusajs/framework/types"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { money } from "../../../sale/money"
import type { PricedTicket } from "../../../sale/price-ticket"
import { saleHooks, type SaleHookContext } from "../../../sale/sale-hooks"
import type { SaleContext } from "./load-sale"

/** What the sale hooks are told of a sale, from the ticket as priced. */
export const saleHookContext = (container: MedusaContainer, sale: SaleContext, priced: PricedTicket): SaleHookContext => ({
  container,
  stock_location_id: sale.ticket.stock_location_id,
  currency_code: sale.ticket.currency_code,
  customer_id: sale.ticket.customer_id,
  sold_by: sale.agent.user_id,
  lines: priced.items.map((i) => ({
    line_id: i.line_id,
    product_id: i.product_id,
    variant_id: i.variant_id,
    title: i.title,
    quantity: i.quantity,
    unit_price: money(i.unit_price),
    total: money(priced.line_totals[i.line_id]?.total ?? 0),
  })),
})

/** Other plugins' work on what the sale sells (defineSaleHook), inside the checkout and its compensation. */
export const saleHooksStep = createStep(
  "kassa-pos-sale-hooks",
  async ({ sale, priced, order_id }: { sale: SaleContext; priced: PricedTicket; order_id: string }, { container }) => {
    const context = { ...saleHookContext(container, sale, priced), order_id }
    const done: { id: string; captured: unknown }[] = []
    for (const hook of saleHooks()) {
      try {
        done.push({ id: hook.id, captured: await hook.capture(context) })
      } catch (e) {
        // This step's own earlier captures are undone here: a failed step gets no compensation.
        await undo(done, container)
        throw e
      }
    }
    return new StepResponse(done.length, done)
  },
  async (done, { container }) => {
    if (done) await undo(done, container)
  }
)

async function undo(done: { id: string; captured: unknown }[], container: MedusaContainer) {
  const byId = new Map(saleHooks().map((h) => [h.id, h]))
  for (const d of [...done].reverse()) await byId.get(d.id)?.compensate?.(d.captured, { container })
}
