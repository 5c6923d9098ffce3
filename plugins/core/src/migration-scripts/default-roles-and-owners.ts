import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { ensureDefaultRoles } from "../access/default-roles"
import { STAFF_MODULE } from "../modules/staff"
import type StaffModuleService from "../modules/staff/service"

/**
 * Runs once, when Kassa is installed: creates the default roles, and makes every admin user
 * that already exists an Owner, so that switching access control on locks nobody out.
 */
export default async function defaultRolesAndOwners({ container }: { container: MedusaContainer }) {
  const staff: StaffModuleService = container.resolve(STAFF_MODULE)
  await ensureDefaultRoles(staff)

  const users = await container.resolve(Modules.USER).listUsers({}, { select: ["id"] })
  const withStaff = new Set((await staff.listStaffMembers({}, { select: ["user_id"] })).map((s) => s.user_id))
  const owners = users.filter((u) => !withStaff.has(u.id))
  if (owners.length) {
    await staff.createStaff(owners.map((u) => ({ user_id: u.id, roles: ["Owner"], all_branches: true, branch_ids: [] })))
  }
}
