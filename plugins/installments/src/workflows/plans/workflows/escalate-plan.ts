import { createWorkflow, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { escalatePlanStep } from "../steps/escalate-plan"

/** Records that an application went above an officer's limit, for a higher one to decide. */
export const escalatePlanWorkflow = createWorkflow(
  "kassa-installments-escalate-plan",
  (input: WorkflowData<{ plan_id: string; user_id: string; note: string }>) => new WorkflowResponse(escalatePlanStep(input))
)
