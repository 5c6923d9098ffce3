import { failpoint } from "@kassa/core/kit"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { markItems, withdrawFulfillment } from "../../checkout/steps/fulfill-sale"
import type { CounterSale } from "./load-counter-sale"

/**
 * Takes back the counter's handover: its fulfillment canceled (Medusa's cancel workflow refuses
 * an order with a live one) and the items no longer fulfilled. The stock comes back in restoreStockStep; the canceled fulfillment
 * stays linked, so the order's history shows it.
 */
export const unfulfillSaleStep = createStep(
  "kassa-pos-unfulfill-sale",
  async ({ sale, resume }: { sale: CounterSale; resume?: boolean }, { container }) => {
    const live = (sale.order.fulfillments ?? []).filter((f) => !f.canceled_at).map((f) => f.id)
    if (!live.length) {
      // A recovered void may have withdrawn the fulfilment and died before the items were marked.
      if (resume && sale.order.fulfillments?.length) await markItems(container, sale.order, () => 0)
      return new StepResponse(0, null)
    }
    const fulfillments = container.resolve(Modules.FULFILLMENT)
    const before = await fulfillments.listFulfillments({ id: live }, { select: ["id", "shipped_at", "delivered_at", "data"] })
    for (const id of live) await withdrawFulfillment(container, id)
    await markItems(container, sale.order, () => 0)
    failpoint("void:unfulfilled")
    return new StepResponse(live.length, { before, order: sale.order })
  },
  async (undo, { container }) => {
    if (!undo) return
    const fulfillments = container.resolve(Modules.FULFILLMENT)
    for (const f of undo.before) {
      await fulfillments.updateFulfillment(f.id, { canceled_at: null, shipped_at: f.shipped_at, delivered_at: f.delivered_at, data: f.data } as never)
    }
    await markItems(container, undo.order, (q) => q)
  }
)
