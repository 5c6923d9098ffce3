import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateUsersWorkflow } from "@medusajs/medusa/core-flows"
import { changeSignInEmailStep, type ChangeSignInEmailInput } from "../steps/change-sign-in-email"
import { endStaffSessionStep } from "../steps/end-staff-session"
import { updateStaffMemberStep } from "../steps/update-staff-member"

export type OwnProfileInput = {
  staff_id: string
  user_id: string
  first_name?: string | null
  last_name?: string | null
  phone?: string | null
  avatar_url?: string | null
}

/** A staff member's own name (Medusa's user), phone and picture (the staff record), together or not at all. */
export const updateOwnProfileWorkflow = createWorkflow("kassa-core-update-own-profile", (input: OwnProfileInput) => {
  const user = transform({ input }, ({ input }) => {
    const { user_id, first_name, last_name, avatar_url } = input
    const changes = Object.fromEntries(Object.entries({ first_name, last_name, avatar_url }).filter(([, v]) => v !== undefined))
    return Object.keys(changes).length ? { id: user_id, ...changes } : null
  })
  when({ user }, ({ user }) => !!user).then(() => {
    updateUsersWorkflow.runAsStep({ input: transform({ user }, ({ user }) => ({ updates: [user!] })) })
  })
  const staff = transform({ input }, ({ input }) => {
    const { staff_id, phone, avatar_url } = input
    return { id: staff_id, ...Object.fromEntries(Object.entries({ phone, avatar_url }).filter(([, v]) => v !== undefined)) }
  })
  return new WorkflowResponse(updateStaffMemberStep(staff))
})

/** A staff member's own sign-in e-mail, after their password. */
export const changeOwnEmailWorkflow = createWorkflow("kassa-core-change-own-email", (input: ChangeSignInEmailInput) =>
  new WorkflowResponse(changeSignInEmailStep(input))
)

/** Ends one of the staff member's own sessions. */
export const endOwnSessionWorkflow = createWorkflow("kassa-core-end-own-session", (input: { staff_id: string; session_id: string }) =>
  new WorkflowResponse(endStaffSessionStep(input))
)
