import { createWorkflow, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { disableGiftCardStep, type DisableGiftCardInput } from "../steps/disable-gift-card"

/** A lost or stolen gift card: nothing more can be spent from it (disabling twice keeps the first reason). */
export const disableGiftCardWorkflow = createWorkflow("kassa-disable-gift-card", (input: WorkflowData<DisableGiftCardInput>) => {
  return new WorkflowResponse(disableGiftCardStep(input))
})
