import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STAFF_MODULE } from "../../../modules/staff"
import type StaffModuleService from "../../../modules/staff/service"

/**
 * Lifts a sign-in or PIN lockout before it runs out, the sign-in's from every address; undo puts
 * the counters back.
 */
export const unlockStaffMemberStep = createStep(
  "unlock-staff-member",
  async (id: string, { container }) => {
    const service: StaffModuleService = container.resolve(STAFF_MODULE)
    const before = await service.retrieveStaffMember(id)
    const previous = {
      id,
      failed_login_count: before.failed_login_count,
      locked_until: before.locked_until,
      pin_failed_count: before.pin_failed_count,
      pin_locked_until: before.pin_locked_until,
    }
    const user = await container.resolve(Modules.USER).retrieveUser(before.user_id, { select: ["email"] })
    const lifted = await service.liftSignInLocks(`user:${user.email.toLowerCase()}|`)
    const unlocked = await service.updateStaffMembers({ id, failed_login_count: 0, locked_until: null, pin_failed_count: 0, pin_locked_until: null })
    return new StepResponse(unlocked, { previous, lifted })
  },
  async (undo, { container }) => {
    if (!undo) return
    const service = container.resolve<StaffModuleService>(STAFF_MODULE)
    await service.updateStaffMembers(undo.previous)
    await service.restoreSignInLocks(undo.lifted)
  }
)
