import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { StaffInput } from "../../../modules/staff/service"
import { updateStaffMemberStep } from "../steps/update-staff-member"

/** Changes a staff member: roles, branches, details, PIN, or deactivation. */
export const updateStaffWorkflow = createWorkflow("update-staff", (input: Partial<StaffInput> & { id: string }) =>
  new WorkflowResponse(updateStaffMemberStep(input))
)
