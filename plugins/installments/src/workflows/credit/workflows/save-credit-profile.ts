import { createWorkflow, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { CreditDetails } from "../../../credit/schema"
import { saveCreditProfileStep } from "../steps/save-credit-profile"

export const saveCreditProfileWorkflow = createWorkflow(
  "kassa-installments-save-credit-profile",
  (input: WorkflowData<{ customer_id: string; details: CreditDetails }>) => new WorkflowResponse(saveCreditProfileStep(input))
)
