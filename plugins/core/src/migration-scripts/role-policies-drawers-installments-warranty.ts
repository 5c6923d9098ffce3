import type { MedusaContainer } from "@medusajs/framework/types"
import { ensureDefaultRoles } from "../access/default-roles"
import { STAFF_MODULE } from "../modules/staff"
import type StaffModuleService from "../modules/staff/service"

/** What the default roles gained with cash drawers, installment approvals and warranty claims. */
const ADDED: Record<string, string[]> = {
  Manager: ["pos:manage_drawers", "installment:approve", "installment:approve_any", "warranty:read", "warranty:override", "warranty:configure"],
  "Sales Agent": ["warranty:read"],
  Cashier: ["installment:calculate"],
}

/**
 * Runs once on installs made before those plugins: the system roles get the new policies (an
 * owner's own roles are left alone) and the Technician role is created. New installs get all of
 * it from DEFAULT_ROLES.
 */
export default async function rolePoliciesDrawersInstallmentsWarranty({ container }: { container: MedusaContainer }) {
  const staff: StaffModuleService = container.resolve(STAFF_MODULE)
  await ensureDefaultRoles(staff)
  const roles = await staff.listStaffRoles({ name: Object.keys(ADDED), is_system: true }, { select: ["id", "name", "policies"] })
  const updates = roles.map((r) => ({ id: r.id, policies: [...new Set([...(r.policies as string[]), ...ADDED[r.name]])] }))
  if (updates.length) await staff.updateStaffRoles(updates)
}
