import type { MedusaContainer } from "@medusajs/framework/types"
import { ensureDefaultRoles } from "../access/default-roles"
import { STAFF_MODULE } from "../modules/staff"
import type StaffModuleService from "../modules/staff/service"

/**
 * Runs once on installs made before duplicate customers could be merged: the system Manager
 * role gets customer:merge; an owner's own roles are left alone. New installs get it from core's
 * default Manager role.
 */
export default async function rolePolicyCustomerMerge({ container }: { container: MedusaContainer }) {
  const staff: StaffModuleService = container.resolve(STAFF_MODULE)
  await ensureDefaultRoles(staff)
  const roles = await staff.listStaffRoles({ name: "Manager", is_system: true }, { select: ["id", "policies"] })
  const updates = roles
    .filter((r) => !(r.policies as string[]).includes("customer:merge"))
    .map((r) => ({ id: r.id, policies: [...(r.policies as string[]), "customer:merge"] }))
  if (updates.length) await staff.updateStaffRoles(updates)
}
