import { createWorkflow, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendExpiryRemindersStep } from "../steps/send-expiry-reminders"

/** The daily expiry e-mails (jobs/store-credit-expiry.ts); `now` for a script or test at a chosen time. */
export const remindStoreCreditExpiryWorkflow = createWorkflow("kassa-store-credit-remind-expiry", (input: WorkflowData<{ now?: string }>) => {
  return new WorkflowResponse(sendExpiryRemindersStep(input))
})
