import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { prepareReturnStep, type RefundInput, type ReturnLineInput } from "../returns/steps/prepare-return"
import { type ExchangeItemInput, resolveExchangeItemsStep } from "../returns/steps/resolve-exchange-items"
import { moveReturnRequestStep } from "./steps/move-return-request"
import { notifyCountersStep } from "./steps/notify-counters"
import { recordReturnRequestStep } from "./steps/record-return-request"
import { unitsHeldByRequestsStep } from "./steps/units-held-by-requests"

export type SubmitReturnRequestInput = {
  order_id: string
  register_id: string
  stock_location_id: string
  items: ReturnLineInput[]
  /** An exchange's: the goods the customer will take instead (handed over at completion). */
  new_items?: ExchangeItemInput[]
  reason: string
  note?: string
  refund: RefundInput
  no_receipt?: boolean
  requested_by: string
}

/**
 * A return or exchange the branch's limits send to a manager, asked for now and made later:
 * checked like one at the counter (the sale, the lines still returnable less what open requests
 * asked for, the refund method, an exchange's new goods priced and in stock now; the drawer is
 * checked at completion), then recorded as a pending request. It moves no stock and no money and
 * opens no Medusa return or exchange: an approved request completed at the counter runs them.
 *
 * One submission per sale at a time (a lock on the order): two requests sent at the same instant
 * for the same units would otherwise both read "nothing held" and both be recorded, the second
 * failing only at completion. Under the lock the second sees the first and is refused.
 */
export const submitReturnRequestWorkflow = createWorkflow("kassa-pos-submit-return-request", (input: WorkflowData<SubmitReturnRequestInput>) => {
  const key = transform({ input }, ({ input }) => `kassa-pos-return-request:${input.order_id}`)
  acquireLockStep({ key, timeout: 15, ttl: 60 })
  const held = unitsHeldByRequestsStep(transform({ input }, ({ input }) => ({ order_id: input.order_id })))
  const prepared = prepareReturnStep(transform({ input, held }, ({ input, held }) => ({ ...input, for_request: true, held: held.held, held_by: held.held_by })))
  const newItems = when("kassa-pos-request-is-exchange", { input }, ({ input }) => !!input.new_items?.length).then(() =>
    resolveExchangeItemsStep(transform({ input }, ({ input }) => ({ items: input.new_items!, stock_location_id: input.stock_location_id })))
  )
  const request = recordReturnRequestStep(
    transform({ input, prepared, newItems }, ({ input, prepared, newItems }) => ({
      prepared,
      new_lines: newItems ?? null,
      register_id: input.register_id,
      reason: input.reason,
      note: input.note,
      refund: input.refund,
      requested_by: input.requested_by,
    }))
  )
  releaseLockStep({ key })
  return new WorkflowResponse(request)
})

export type DecideReturnRequestInput = { id: string; decision: "approved" | "rejected"; decided_by: string; note?: string | null }

/** A manager approves or rejects a pending, unexpired request, once: who, when and why are recorded (and audited). */
export const decideReturnRequestWorkflow = createWorkflow("kassa-pos-decide-return-request", (input: WorkflowData<DecideReturnRequestInput>) => {
  const moved = moveReturnRequestStep(
    transform({ input }, ({ input }) => ({
      id: input.id,
      from: "pending" as const,
      to: { status: input.decision, decided_by: input.decided_by, decision_note: input.note ?? null },
    }))
  )
  notifyCountersStep(transform({ moved }, ({ moved }) => ({ return_request_id: moved })))
  return new WorkflowResponse(moved)
})

/** An approved request becomes completed with the counter return or exchange it became (after that run). */
export const completeReturnRequestWorkflow = createWorkflow(
  "kassa-pos-complete-return-request",
  (input: WorkflowData<{ id: string; return_record_id: string; completed_by: string }>) => {
    const moved = moveReturnRequestStep(
      transform({ input }, ({ input }) => ({
        id: input.id,
        from: "approved" as const,
        to: { status: "completed" as const, return_record_id: input.return_record_id, completed_by: input.completed_by },
      }))
    )
    notifyCountersStep(transform({ moved }, ({ moved }) => ({ return_request_id: moved })))
    return new WorkflowResponse(moved)
  }
)
