import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deletePolicyStep } from "../steps/delete-policy"
import { upsertPolicyStep, type PolicyInput } from "../steps/upsert-policy"
import { validatePolicyTargetStep } from "../steps/validate-policy-target"

export const upsertWarrantyPolicyWorkflow = createWorkflow("kassa-warranty-upsert-policy", (input: PolicyInput) => {
  validatePolicyTargetStep(input)
  return new WorkflowResponse(upsertPolicyStep(input))
})

export const deleteWarrantyPolicyWorkflow = createWorkflow("kassa-warranty-delete-policy", (input: { id: string }) => {
  return new WorkflowResponse(deletePolicyStep(input.id))
})
