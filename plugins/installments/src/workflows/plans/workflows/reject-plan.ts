import { cancelPosSaleWorkflow } from "@kassa/pos/kit"
import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { checkApproverStep } from "../steps/check-approver"
import { decidePlanStep } from "../steps/decide-plan"
import { loadPendingPlanStep } from "../steps/load-plan"
import type { DecidePlanInput } from "./approve-plan"

/**
 * A credit officer rejects an application: the plan is rejected with the note, and the sale is
 * undone — Medusa order canceled, the down payment refunded, the units back at the branch, the
 * receipt void.
 */
export const rejectPlanWorkflow = createWorkflow("kassa-installments-reject-plan", (input: WorkflowData<DecidePlanInput>) => {
  const plan = loadPendingPlanStep({ plan_id: input.plan_id })
  checkApproverStep({ plan, user_id: input.user_id, decision: "reject" })
  decidePlanStep({ plan_id: input.plan_id, decision: "reject", user_id: input.user_id, note: input.note })
  const cancel = transform({ plan, input }, ({ plan, input }) => ({
    order_id: plan.order_id,
    reason: `Installment application rejected: ${input.note}`,
    canceled_by: input.user_id,
  }))
  cancelPosSaleWorkflow.runAsStep({ input: cancel })
  return new WorkflowResponse(input.plan_id)
})
