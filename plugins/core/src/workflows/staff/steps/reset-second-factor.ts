import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STAFF_MODULE } from "../../../modules/staff"
import type StaffModuleService from "../../../modules/staff/service"

export type ResetSecondFactorInput = { staff_id: string; reason: string; reset_by: string }

/**
 * Disables every second factor of a staff member who lost theirs (their next sign-in is by
 * password alone, and they enrol again), recording who did it and why. Nobody resets their own:
 * that would let a stolen password remove the factor that guards it. The record and the staff
 * row are written first and undone on failure; disabling the factors comes last, as Medusa offers
 * no way to enable a factor again.
 */
export const resetSecondFactorStep = createStep(
  "kassa-core-reset-second-factor",
  async (input: ResetSecondFactorInput, { container }) => {
    if (input.staff_id === input.reset_by) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Nobody resets their own second factor: another owner does it")
    }
    const service = container.resolve<StaffModuleService>(STAFF_MODULE)
    const staff = await service.retrieveStaffMember(input.staff_id, { select: ["id", "user_id", "second_factor_since"] })
    const user = await container.resolve(Modules.USER).retrieveUser(staff.user_id, { select: ["email"] })
    const auth = container.resolve(Modules.AUTH)
    const [identity] = await auth.listProviderIdentities({ entity_id: user.email, provider: "emailpass" })
    const factors = identity?.auth_identity_id ? await auth.listAuthMfa({ auth_identity_id: identity.auth_identity_id, status: "enabled" }, { select: ["id"] }) : []
    if (!factors.length) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `${user.email} has no second factor to reset`)

    const reset = await service.createSecondFactorResets({ staff_member_id: staff.id, reset_by: input.reset_by, reason: input.reason, factors_disabled: factors.length })
    await service.updateStaffMembers({ id: staff.id, second_factor_since: null })
    const undo = { reset_id: reset.id, staff_id: staff.id, since: staff.second_factor_since }
    for (const factor of factors) await auth.disableAuthMfa({ id: factor.id })
    return new StepResponse(reset, undo)
  },
  async (undo, { container }) => {
    if (!undo) return
    const service = container.resolve<StaffModuleService>(STAFF_MODULE)
    await service.deleteSecondFactorResets(undo.reset_id)
    await service.updateStaffMembers({ id: undo.staff_id, second_factor_since: undo.since })
  }
)
