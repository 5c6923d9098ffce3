import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { AuthEvents, Modules } from "@medusajs/framework/utils"
import { STAFF_MODULE } from "../modules/staff"
import type StaffModuleService from "../modules/staff/service"

/**
 * A staff member enabled or disabled a second factor (Medusa's MFA routes): their staff record
 * says since when they have one, so the admin guard can refuse sign-ins from before it (Medusa
 * keeps honouring those tokens). With no factor left enabled, it is cleared.
 */
export default async function secondFactorChanged({ event, container }: SubscriberArgs<{ auth_identity_id: string }>) {
  const auth = container.resolve(Modules.AUTH)
  const identity = await auth.retrieveAuthIdentity(event.data.auth_identity_id)
  const userId = (identity.app_metadata as { user_id?: string } | null)?.user_id
  if (!userId) return
  const staffService = container.resolve<StaffModuleService>(STAFF_MODULE)
  const [staff] = await staffService.listStaffMembers({ user_id: userId }, { select: ["id", "second_factor_since"] })
  if (!staff) return
  const enabled = await auth.listAuthMfa({ auth_identity_id: identity.id, status: "enabled" }, { select: ["id"] })
  const since = enabled.length ? (staff.second_factor_since ?? new Date()) : null
  if (String(since) !== String(staff.second_factor_since)) await staffService.updateStaffMembers({ id: staff.id, second_factor_since: since })
}

export const config: SubscriberConfig = { event: [AuthEvents.MFA_ENABLED, AuthEvents.MFA_DISABLED] }
