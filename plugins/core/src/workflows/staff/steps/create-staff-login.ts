import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type StaffLoginInput = { email: string; password: string; first_name?: string; last_name?: string }

/** A Medusa admin user with an e-mail/password login, for a new staff member; undo removes both. */
export const createStaffLoginStep = createStep(
  "create-staff-login",
  async (input: StaffLoginInput, { container }) => {
    const users = container.resolve(Modules.USER)
    const auth = container.resolve(Modules.AUTH)
    if ((await users.listUsers({ email: input.email })).length) {
      throw new MedusaError(MedusaError.Types.DUPLICATE_ERROR, `A user with the e-mail ${input.email} exists: add staff details to that user instead`)
    }
    const user = await users.createUsers({ email: input.email, first_name: input.first_name, last_name: input.last_name })
    const { authIdentity, error } = await auth.register("emailpass", { body: { email: input.email, password: input.password } })
    if (error || !authIdentity) {
      await users.deleteUsers([user.id])
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `Could not create the login: ${error}`)
    }
    await auth.updateAuthIdentities({ id: authIdentity.id, app_metadata: { user_id: user.id } })
    return new StepResponse(user, { userId: user.id, authIdentityId: authIdentity.id })
  },
  async (undo, { container }) => {
    if (!undo) return
    await container.resolve(Modules.AUTH).deleteAuthIdentities([undo.authIdentityId])
    await container.resolve(Modules.USER).deleteUsers([undo.userId])
  }
)
