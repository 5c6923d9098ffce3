import { createWorkflow, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { expireLapsedCardsStep } from "../steps/expire-lapsed-cards"

/** The daily gift card expiry (jobs/gift-card-expiry.ts); `now` for a script or test at a chosen time. */
export const expireGiftCardsWorkflow = createWorkflow("kassa-gift-card-expire", (input: WorkflowData<{ now?: string }>) => {
  return new WorkflowResponse(expireLapsedCardsStep(input))
})
