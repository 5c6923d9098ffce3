import { recordWorkFactsStep } from "@kassa/core/kit"
import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { authorizeOverrideStep, OverrideApproval } from "../../tickets/steps/authorize-override"
import { assertUndoableStep } from "../steps/assert-undoable"
import { assertVoidableStep } from "../steps/assert-voidable"
import { loadCounterSaleStep } from "../steps/load-counter-sale"
import { cancelPosSaleWorkflow } from "./cancel-sale"

export type VoidSaleInput = {
  order_id: string
  reason: string
  user_id: string
  caller: { staff_member_id: string; may_void: boolean; stock_location_id: string }
  approval?: OverrideApproval
  /** The void's run in the work journal (see recover-void.ts). */
  journal_id?: string
}

/**
 * A mistaken sale voided at the counter: pos:void or a manager's PIN, today, drawer still open.
 * Once allowed, the journal holds the cancel it is about to run: from there on, a crash is
 * finished by recovery, never undone (the customer was told the sale is void).
 */
export const voidPosSaleWorkflow = createWorkflow("kassa-pos-void-sale", (input: WorkflowData<VoidSaleInput>) => {
  const auth = transform({ input }, ({ input }) => ({
    needed: true,
    caller_staff_id: input.caller.staff_member_id,
    caller_may: input.caller.may_void,
    approval: input.approval,
    stock_location_id: input.caller.stock_location_id,
    policy: "pos:void" as const,
  }))
  const approvedBy = authorizeOverrideStep(auth).config({ name: "kassa-pos-authorize-void" })
  const sale = loadCounterSaleStep({ order_id: input.order_id }).config({ name: "kassa-pos-load-voidable-sale" })
  assertVoidableStep({ sale })
  // Before the void is allowed and journaled, so a refusal leaves recovery nothing to finish
  // (the cancel below asks again: it has other callers).
  assertUndoableStep({ order_id: input.order_id }).config({ name: "kassa-pos-assert-voidable-by-hooks" })
  const cancel = transform({ input, approvedBy }, ({ input, approvedBy }) => ({
    order_id: input.order_id,
    reason: approvedBy && approvedBy !== input.caller.staff_member_id ? `${input.reason} (approved by ${approvedBy})` : input.reason,
    canceled_by: input.user_id,
    journal_id: input.journal_id,
  }))
  recordWorkFactsStep(transform({ cancel }, ({ cancel }) => ({ id: cancel.journal_id, facts: { cancel } }))).config({ name: "kassa-pos-void-allowed" })
  return new WorkflowResponse(cancelPosSaleWorkflow.runAsStep({ input: cancel }))
})
