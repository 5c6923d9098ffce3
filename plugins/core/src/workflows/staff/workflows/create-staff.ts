import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { StaffInput } from "../../../modules/staff/service"
import { createStaffLoginStep, StaffLoginInput } from "../steps/create-staff-login"
import { createStaffMemberStep } from "../steps/create-staff-member"

export type CreateStaffWorkflowInput = Omit<StaffInput, "user_id"> & { user_id?: string; login?: StaffLoginInput }

/**
 * Makes a user a staff member: an existing user (`user_id`), or a new one with a login
 * (`login`). If the staff details are refused, the new login is removed again.
 */
export const createStaffWorkflow = createWorkflow("create-staff", (input: CreateStaffWorkflowInput) => {
  const user = when({ input }, ({ input }) => !input.user_id && !!input.login).then(() => createStaffLoginStep(input.login!))
  const details = transform({ input, user }, ({ input, user }) => {
    const { login: _login, ...rest } = input
    return { ...rest, user_id: input.user_id ?? user!.id }
  })
  return new WorkflowResponse(createStaffMemberStep(details))
})
