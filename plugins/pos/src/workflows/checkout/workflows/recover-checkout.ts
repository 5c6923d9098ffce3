import { createWorkflow, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { undoInterruptedCheckoutStep } from "../steps/undo-interrupted-checkout"

/** Undoes a checkout whose lease expired before it completed (see undoInterruptedCheckoutStep). */
export const recoverPosCheckoutWorkflow = createWorkflow("kassa-pos-recover-checkout", (input: WorkflowData<{ id: string }>) => {
  return new WorkflowResponse(undoInterruptedCheckoutStep(input))
})
