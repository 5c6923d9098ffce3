import { grants, STAFF_MODULE, type StaffModuleService } from "@kassa/core/kit"
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { staffNames } from "../../../../../sale/staff-names"
import type { PinStaffType } from "./validators"

/**
 * Who can act at this branch with their PIN: approve (a price change, a void, a large return) or
 * take over the counter (pos:sell) — active staff with a PIN whose roles grant the policy here.
 * The counter lists their names, so nobody types a staff id.
 */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, PinStaffType>, res: MedusaResponse) => {
  const { location_id, policy } = req.validatedQuery
  const staff = req.scope.resolve<StaffModuleService>(STAFF_MODULE)
  const members = await staff.listStaffMembers({ is_active: true, pin_hash: { $ne: null } }, { select: ["id", "user_id", "role_ids", "branch_ids", "all_branches"] })
  const here = members.filter((m) => m.all_branches || (m.branch_ids as string[]).includes(location_id))
  const allowed = (await Promise.all(here.map(async (m) => (grants(await staff.policiesOf(m), policy) ? m : null)))).filter((m) => m !== null)
  const names = await staffNames(req.scope, allowed.map((m) => m.id))
  res.json({ staff: allowed.map((m) => ({ staff_id: m.id, name: names.get(m.id) ?? m.id })).sort((a, b) => a.name.localeCompare(b.name)) })
}
