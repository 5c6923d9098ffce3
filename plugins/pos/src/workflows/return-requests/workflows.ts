import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { prepareReturnStep, type RefundInput, type ReturnLineInput } from "../returns/steps/prepare-return"
import { moveReturnRequestStep } from "./steps/move-return-request"
import { recordReturnRequestStep } from "./steps/record-return-request"
import { unitsHeldByRequestsStep } from "./steps/units-held-by-requests"

export type SubmitReturnRequestInput = {
  order_id: string
  register_id: string
  stock_location_id: string
  items: ReturnLineInput[]
  reason: string
  note?: string
  refund: RefundInput
  requested_by: string
}

/**
 * A return the branch's limits send to a manager, asked for now and made later: checked like a
 * return at the counter (the sale, the lines still returnable less what open requests asked for,
 * the refund method; the drawer is checked at completion), then recorded as a pending request. It moves no stock and no money and
 * opens no Medusa return: an approved request completed at the counter runs the counter return.
 */
export const submitReturnRequestWorkflow = createWorkflow("kassa-pos-submit-return-request", (input: WorkflowData<SubmitReturnRequestInput>) => {
  const held = unitsHeldByRequestsStep(transform({ input }, ({ input }) => ({ order_id: input.order_id })))
  const prepared = prepareReturnStep(transform({ input, held }, ({ input, held }) => ({ ...input, for_request: true, held })))
  const request = recordReturnRequestStep(
    transform({ input, prepared }, ({ input, prepared }) => ({
      prepared,
      register_id: input.register_id,
      reason: input.reason,
      note: input.note,
      refund: input.refund,
      requested_by: input.requested_by,
    }))
  )
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
  return new WorkflowResponse(moved)
})

/** An approved request becomes completed with the counter return it became (after that return's run). */
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
    return new WorkflowResponse(moved)
  }
)
