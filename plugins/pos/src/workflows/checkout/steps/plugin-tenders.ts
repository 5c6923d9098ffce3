import type { MedusaContainer } from "@medusajs/framework/types"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { pluginTender } from "../../../sale/tender-registry"
import type { CapturedTender } from "../../../sale/counter-payments"
import type { SaleContext } from "./load-sale"

/** Other plugins' tenders do their own work here, inside the checkout and its compensation. */
export const pluginTendersStep = createStep(
  "kassa-pos-plugin-tenders",
  async ({ sale, order_id, tenders, total }: { sale: SaleContext; order_id: string; tenders: CapturedTender[]; total: number }, { container }) => {
    const done: { method: string; captured: unknown }[] = []
    const context = { container, customer_id: sale.ticket.customer_id, stock_location_id: sale.ticket.stock_location_id, currency_code: sale.ticket.currency_code, total, order_id, sold_by: sale.agent.user_id }
    for (const t of tenders) {
      const capture = pluginTender(t.method)?.capture
      if (!capture) continue
      try {
        done.push({ method: t.method, captured: await capture(t, context) })
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

async function undo(done: { method: string; captured: unknown }[], container: MedusaContainer) {
  for (const d of [...done].reverse()) await pluginTender(d.method)?.compensate?.(d.captured, { container })
}
