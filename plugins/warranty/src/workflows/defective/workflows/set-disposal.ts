import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { setDisposalStep, type DisposalStatus } from "../steps/set-disposal"

export const setDisposalWorkflow = createWorkflow("kassa-warranty-set-disposal", (input: { id: string; disposal_status: DisposalStatus }) => {
  return new WorkflowResponse(setDisposalStep(input))
})
