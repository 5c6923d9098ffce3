import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteRoleStep } from "../steps/delete-role"
import { RoleInput, saveRoleStep } from "../steps/save-role"
import { validatePoliciesStep } from "../steps/validate-policies"

/** Creates or edits a role after checking its policies exist. */
export const saveRoleWorkflow = createWorkflow("save-role", (input: RoleInput) => {
  const check = transform({ input }, ({ input }) => ({ policies: input.policies, role_id: input.id }))
  validatePoliciesStep(check)
  return new WorkflowResponse(saveRoleStep(input))
})

export const deleteRoleWorkflow = createWorkflow("delete-role", (input: { id: string }) =>
  new WorkflowResponse(deleteRoleStep(input.id))
)
