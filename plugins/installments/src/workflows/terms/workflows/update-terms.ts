import { createWorkflow, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateTermsStep, type TermsPatch } from "../steps/update-terms"

export const updateInstallmentTermsWorkflow = createWorkflow(
  "kassa-installments-update-terms",
  (input: WorkflowData<{ location_id: string; patch: TermsPatch }>) => new WorkflowResponse(updateTermsStep(input))
)
