import { cancelOrderWorkflow } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { loadCounterSaleStep } from "../steps/load-counter-sale"
import { restoreStockStep } from "../steps/restore-stock"
import { unfulfillSaleStep } from "../steps/unfulfill-sale"
import { voidTicketStep } from "../steps/void-ticket"

export type CancelPosSaleInput = { order_id: string; reason: string; canceled_by: string }

/**
 * Undoes a completed counter sale: the handover taken back, the units back on the branch's
 * shelf, the receipt marked VOID (its number never reused), plugin tenders reversed, then
 * Medusa's own order cancel, which refunds every captured payment and records the cancel in the
 * order's history. Medusa's cancel goes last: every step before it compensates if it fails.
 */
export const cancelPosSaleWorkflow = createWorkflow("kassa-pos-cancel-sale", (input: WorkflowData<CancelPosSaleInput>) => {
  const sale = loadCounterSaleStep({ order_id: input.order_id })
  unfulfillSaleStep({ sale })
  restoreStockStep({ sale })
  voidTicketStep({ sale, reason: input.reason, voided_by: input.canceled_by })
  const cancel = transform({ input }, ({ input }) => ({ order_id: input.order_id, canceled_by: input.canceled_by }))
  cancelOrderWorkflow.runAsStep({ input: cancel })
  const result = transform({ sale }, ({ sale }) => ({ order_id: sale.order.id, receipt_number: sale.ticket.receipt_number }))
  return new WorkflowResponse(result)
})
