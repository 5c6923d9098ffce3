import type { UpdateUserDTO } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { signInKeys } from "../../../access/sign-in-throttle"
import { STAFF_MODULE } from "../../../modules/staff"
import type StaffModuleService from "../../../modules/staff/service"

// The user module updates any column; its update type leaves the e-mail out (Medusa never changes it).
const withEmail = (id: string, email: string) => ({ id, email }) as UpdateUserDTO

export type ChangeSignInEmailInput = { user_id: string; email: string; password: string; source: string }
type Undo = { user_id: string; provider_identity_id: string; email: string }

/**
 * A staff member's own new e-mail, after their current password: both the admin user's e-mail
 * and the e-mail their password signs in with (Medusa keeps them apart and offers no route to
 * change either). A wrong password takes a sign-in attempt, so it cannot be guessed here either.
 */
export const changeSignInEmailStep = createStep(
  "kassa-core-change-sign-in-email",
  async (input: ChangeSignInEmailInput, { container }) => {
    const users = container.resolve(Modules.USER)
    const auth = container.resolve(Modules.AUTH)
    const staff = container.resolve<StaffModuleService>(STAFF_MODULE)
    const user = await users.retrieveUser(input.user_id, { select: ["id", "email"] })
    const email = input.email.trim().toLowerCase()
    if (email === user.email.toLowerCase()) throw new MedusaError(MedusaError.Types.INVALID_DATA, `${email} is already your e-mail`)

    const keys = signInKeys("user", user.email.toLowerCase(), input.source)
    const taken = await staff.takeSignInAttempt(keys)
    if (!taken.ok) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Too many wrong passwords: try again after ${taken.locked_until.toISOString()}`)
    const { success } = await auth.authenticate("emailpass", { body: { email: user.email, password: input.password } } as never)
    if (!success) throw new MedusaError(MedusaError.Types.INVALID_DATA, "The current password is not right")
    await staff.clearSignInThrottle(keys[0].key)
    await staff.giveBackSignInAttempt(keys.slice(1))

    const [taken_by] = await auth.listProviderIdentities({ entity_id: email, provider: "emailpass" })
    const [other] = await users.listUsers({ email }, { select: ["id"] })
    if (taken_by || other) throw new MedusaError(MedusaError.Types.INVALID_DATA, `${email} already belongs to another account`)
    const [identity] = await auth.listProviderIdentities({ entity_id: user.email, provider: "emailpass" })
    if (!identity) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `${user.email} has no password sign-in`)

    await auth.updateProviderIdentities({ id: identity.id, entity_id: email })
    const undo: Undo = { user_id: user.id, provider_identity_id: identity.id, email: user.email }
    await users.updateUsers(withEmail(user.id, email))
    return new StepResponse({ email }, undo)
  },
  async (undo, { container }) => {
    if (!undo) return
    await container.resolve(Modules.AUTH).updateProviderIdentities({ id: undo.provider_identity_id, entity_id: undo.email })
    await container.resolve(Modules.USER).updateUsers(withEmail(undo.user_id, undo.email))
  }
)
