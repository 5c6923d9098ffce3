import { createWorkflow, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { saveSettingsStep, type SaveSettingsInput } from "../steps/save-settings"

/** A manager or owner sets the default expiry of issued credit and when customers are e-mailed before it lapses. */
export const updateStoreCreditSettingsWorkflow = createWorkflow("kassa-store-credit-update-settings", (input: WorkflowData<SaveSettingsInput>) => {
  return new WorkflowResponse(saveSettingsStep(input))
})
