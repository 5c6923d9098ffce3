import { createWorkflow, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { expireLapsedStep } from "../steps/expire-lapsed"

/** The daily expiry pass (jobs/store-credit-expiry.ts); `now` for a script or test at a chosen time. */
export const expireStoreCreditWorkflow = createWorkflow("kassa-store-credit-expire", (input: WorkflowData<{ now?: string }>) => {
  return new WorkflowResponse(expireLapsedStep(input))
})
