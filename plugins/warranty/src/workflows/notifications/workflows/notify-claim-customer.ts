import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { ClaimStatusChanged } from "../../../events"
import { sendClaimEmailStep } from "../steps/send-claim-email"

export const notifyClaimCustomerWorkflow = createWorkflow("kassa-warranty-notify-claim-customer", (input: ClaimStatusChanged) => {
  return new WorkflowResponse(sendClaimEmailStep(input))
})
