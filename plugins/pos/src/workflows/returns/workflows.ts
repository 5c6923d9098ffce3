import { failpointStep, recordWorkFactsStep } from "@kassa/core/kit"
import { beginReturnOrderWorkflow, confirmReturnRequestWorkflow, requestItemReturnWorkflow } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { authorizeOverrideStep, OverrideApproval } from "../tickets/steps/authorize-override"
import { receiveReturnedUnits, unitsOf } from "./receive-returned-units"
import { prepareReturnStep, refundApproval, RefundInput, ReturnLineInput } from "./steps/prepare-return"
import { emitReturnCompleted } from "./events"
import { recordReturnStep } from "./steps/record-return"
import { refundReturnStep } from "./steps/refund-return"

export type CounterReturnInput = {
  order_id: string
  register_id: string
  stock_location_id: string
  items: ReturnLineInput[]
  reason: string
  refund: RefundInput
  user_id: string
  caller: { staff_member_id: string; may_refund: boolean }
  approval?: OverrideApproval
  /** The customer brought no receipt: a manager approves (see prepareReturnStep). */
  no_receipt?: boolean
  /** Approved beforehand by this staff member (a return request's approver): no PIN is asked. */
  approved_by?: string
  /** The return's run in the work journal (see recover-return.ts). */
  journal_id?: string
}

/** The work journal's kind for a return at the counter. */
export const RETURN_WORK = "pos.return"

/**
 * A return at the counter on Medusa's own return flow, so the order's history in the admin shows
 * it: requested, received into the branch's stock (resellable units) or received damaged (not
 * restocked), then refunded through the sale's payments. Large or late returns need pos:refund
 * or a manager's PIN. Every step before the refund compensates if a later one fails.
 *
 * A crash stops compensation: once allowed, the journal holds what recovery needs to finish
 * the return (the prepared lines and refund, who approved), and Medusa's return carries the
 * run's id in its metadata, so recovery finds it. Receiving the units is the commit point:
 * before it recovery cancels Medusa's return, after it recovery records and refunds it.
 */
export const counterReturnWorkflow = createWorkflow("kassa-pos-counter-return", (input: WorkflowData<CounterReturnInput>) => {
  const prepared = prepareReturnStep(input)
  const auth = transform({ input, prepared }, refundApproval)
  const authorized = authorizeOverrideStep(auth).config({ name: "kassa-pos-authorize-return" })
  const approvedBy = transform({ input, authorized }, ({ input, authorized }) => input.approved_by ?? authorized)

  recordWorkFactsStep(transform({ input, prepared, approvedBy }, ({ input, prepared, approvedBy }) => ({ id: input.journal_id, facts: { prepared, approved_by: approvedBy, created_by: input.caller.staff_member_id, user_id: input.user_id } }))).config({
    name: "kassa-pos-return-allowed",
  })
  const begin = transform({ input }, ({ input }) => ({
    order_id: input.order_id,
    location_id: input.stock_location_id,
    created_by: input.user_id,
    description: input.reason,
    metadata: input.journal_id ? { kassa_work_run: input.journal_id } : undefined,
  }))
  const change = beginReturnOrderWorkflow.runAsStep({ input: begin })
  failpointStep({ name: "return:begun" }).config({ name: "kassa-pos-return-failpoint-begun" })
  const ids = transform({ change, input }, ({ change, input }) => ({ return_id: change.return_id!, user: input.user_id }))
  const requested = transform({ ids, input }, ({ ids, input }) => ({ return_id: ids.return_id, items: unitsOf(input.items) }))
  requestItemReturnWorkflow.runAsStep({ input: requested })
  confirmReturnRequestWorkflow.runAsStep({ input: transform({ ids }, ({ ids }) => ({ return_id: ids.return_id, confirmed_by: ids.user })) })
  receiveReturnedUnits(ids, transform({ input }, ({ input }) => input.items))
  failpointStep({ name: "return:received" }).config({ name: "kassa-pos-return-failpoint-received" })

  const recordInput = transform({ prepared, ids, input, approvedBy }, ({ prepared, ids, input, approvedBy }) => ({
    prepared,
    return_id: ids.return_id,
    register_id: input.register_id,
    reason: input.reason,
    refund: input.refund,
    created_by: input.caller.staff_member_id,
    approved_by: approvedBy,
  }))
  const record = recordReturnStep(recordInput)
  const refundInput = transform({ record, prepared, input }, ({ record, prepared, input }) => ({
    return_record_id: record.id,
    number: record.number,
    order_id: prepared.order_id,
    amount: prepared.refund_total,
    method: input.refund.method,
    created_by: input.user_id,
    note: `${record.number}: ${input.reason}`,
  }))
  refundReturnStep(refundInput)
  emitReturnCompleted(record)
  return new WorkflowResponse(record)
})
