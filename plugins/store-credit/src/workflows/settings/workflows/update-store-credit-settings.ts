import { createWorkflow, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { SettingsInput } from "../../../modules/store_credit/service"
import { saveSettingsStep } from "../steps/save-settings"

/** A manager or owner sets the default expiry of issued credit, when customers are e-mailed before it lapses, and how long gift cards are valid. */
export const updateStoreCreditSettingsWorkflow = createWorkflow("kassa-store-credit-update-settings", (input: WorkflowData<SettingsInput>) => {
  return new WorkflowResponse(saveSettingsStep(input))
})
