import { grants, STAFF_MODULE, type StaffModuleService } from "@kassa/core/kit"
import type { MedusaContainer } from "@medusajs/framework/types"
import { staffNames } from "./staff-names"

export type BranchAgent = { staff_id: string; name: string }

/**
 * Who may earn a sale's commission at a branch: active staff assigned to it (not those who
 * roam every branch, as an owner or a credit officer does) whose roles let them sell.
 */
export async function branchAgents(container: MedusaContainer, locationId: string): Promise<BranchAgent[]> {
  const staff = container.resolve<StaffModuleService>(STAFF_MODULE)
  const members = await staff.listStaffMembers({ is_active: true }, { select: ["id", "role_ids", "branch_ids"] })
  const here = members.filter((m) => ((m.branch_ids ?? []) as string[]).includes(locationId))
  const sellers = (await Promise.all(here.map(async (m) => (grants(await staff.policiesOf(m as { role_ids: string[] }), "pos:sell") ? m.id : null)))).filter(
    (id): id is string => id !== null
  )
  const names = await staffNames(container, sellers)
  return sellers.map((id) => ({ staff_id: id, name: names.get(id) ?? id })).sort((a, b) => a.name.localeCompare(b.name))
}
