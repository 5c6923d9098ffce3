import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { StaffInput } from "../../../modules/staff/service"
import { resetSecondFactorStep, type ResetSecondFactorInput } from "../steps/reset-second-factor"
import { unlockStaffMemberStep } from "../steps/unlock-staff-member"
import { updateStaffMemberStep } from "../steps/update-staff-member"

/** Changes a staff member: roles, branches, details, PIN, or deactivation. */
export const updateStaffWorkflow = createWorkflow("update-staff", (input: Partial<StaffInput> & { id: string }) =>
  new WorkflowResponse(updateStaffMemberStep(input))
)

/** A manager lets a locked-out staff member back in (sign-in and PIN). */
export const unlockStaffWorkflow = createWorkflow("unlock-staff", (input: { id: string }) =>
  new WorkflowResponse(unlockStaffMemberStep(input.id))
)

/** An owner disables the second factors of a staff member who lost theirs, with the reason. */
export const resetSecondFactorWorkflow = createWorkflow("reset-second-factor", (input: ResetSecondFactorInput) =>
  new WorkflowResponse(resetSecondFactorStep(input))
)
