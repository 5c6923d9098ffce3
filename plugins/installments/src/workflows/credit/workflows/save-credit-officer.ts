import { createWorkflow, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { type CreditOfficerDetails, saveCreditOfficerStep } from "../steps/save-credit-officer"

export const saveCreditOfficerWorkflow = createWorkflow(
  "kassa-installments-save-credit-officer",
  (input: WorkflowData<{ staff_member_id: string; details: CreditOfficerDetails }>) => new WorkflowResponse(saveCreditOfficerStep(input))
)
