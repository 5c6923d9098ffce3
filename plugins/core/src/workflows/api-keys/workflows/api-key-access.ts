import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { type ApiKeyAccessInput, removeApiKeyAccessStep, saveApiKeyAccessStep } from "../steps/save-api-key-access"

/** What another system may do with a secret API key: its roles, branches and calls a minute. */
export const saveApiKeyAccessWorkflow = createWorkflow("kassa-save-api-key-access", (input: ApiKeyAccessInput) => {
  return new WorkflowResponse(saveApiKeyAccessStep(input))
})

/** A secret API key back to no Kassa policy at all. */
export const removeApiKeyAccessWorkflow = createWorkflow("kassa-remove-api-key-access", (input: { api_key_id: string }) => {
  return new WorkflowResponse(removeApiKeyAccessStep(input.api_key_id))
})
