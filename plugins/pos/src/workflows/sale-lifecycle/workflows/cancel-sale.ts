import { cancelOrderWorkflow } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { assertUndoableStep } from "../steps/assert-undoable"
import { loadCounterSaleStep } from "../steps/load-counter-sale"
import { restoreStockStep } from "../steps/restore-stock"
import { unfulfillSaleStep } from "../steps/unfulfill-sale"
import { voidTicketStep } from "../steps/void-ticket"

export type CancelPosSaleInput = {
  order_id: string
  reason: string
  canceled_by: string
  /** The void's run in the work journal (a void at the counter; a plan's rejection has none). */
  journal_id?: string
  /** A void that a crash interrupted, finished by recovery from what its journal says is done. */
  resume?: { stock_restored: boolean }
}

/**
 * Undoes a completed counter sale, unless a plugin's sale hook refuses (its assertUndoable, asked
 * before anything changes, not on a resume): the handover taken back, the units back on the
 * branch's shelf, the receipt marked VOID (its number never reused), plugin tenders reversed, then
 * Medusa's own order cancel, which refunds every captured payment and records the cancel in the
 * order's history. Medusa's cancel goes last: every step before it compensates if it fails.
 *
 * Resumed (recovery of a void), each step skips what is already done: a withdrawn fulfilment,
 * units the journal says are back, a void ticket, a canceled order (Medusa's cancel refunds only
 * what is left unrefunded).
 */
export const cancelPosSaleWorkflow = createWorkflow("kassa-pos-cancel-sale", (input: WorkflowData<CancelPosSaleInput>) => {
  const resume = transform({ input }, ({ input }) => !!input.resume)
  const sale = loadCounterSaleStep({ order_id: input.order_id, resume })
  when("kassa-pos-assert-undoable-unless-resumed", { resume }, ({ resume }) => !resume).then(() => {
    assertUndoableStep({ order_id: input.order_id })
  })
  unfulfillSaleStep({ sale, resume })
  restoreStockStep(
    transform({ sale, input }, ({ sale, input }) => ({ sale, journal_id: input.journal_id, already_restored: !!input.resume?.stock_restored }))
  )
  voidTicketStep({ sale, reason: input.reason, voided_by: input.canceled_by })
  when("kassa-pos-cancel-order-unless-canceled", { sale }, ({ sale }) => sale.order.status !== "canceled").then(() => {
    const cancel = transform({ input }, ({ input }) => ({ order_id: input.order_id, canceled_by: input.canceled_by }))
    cancelOrderWorkflow.runAsStep({ input: cancel })
  })
  const result = transform({ sale }, ({ sale }) => ({ order_id: sale.order.id, receipt_number: sale.ticket.receipt_number }))
  return new WorkflowResponse(result)
})
