import { releasePosSaleWorkflow } from "@kassa/pos/kit"
import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { checkApproverStep } from "../steps/check-approver"
import { decidePlanStep } from "../steps/decide-plan"
import { loadPendingPlanStep } from "../steps/load-plan"

export type DecidePlanInput = { plan_id: string; user_id: string; note: string }

/**
 * A credit officer approves an application within their limit: the plan becomes active and the
 * held goods are handed over at the branch (fulfilled and delivered).
 */
export const approvePlanWorkflow = createWorkflow("kassa-installments-approve-plan", (input: WorkflowData<DecidePlanInput>) => {
  const plan = loadPendingPlanStep({ plan_id: input.plan_id })
  checkApproverStep({ plan, user_id: input.user_id, decision: "approve" })
  decidePlanStep({ plan_id: input.plan_id, decision: "approve", user_id: input.user_id, note: input.note })
  const release = transform({ plan, input }, ({ plan, input }) => ({ order_id: plan.order_id, created_by: input.user_id }))
  releasePosSaleWorkflow.runAsStep({ input: release })
  return new WorkflowResponse(input.plan_id)
})
