import { grants, STAFF_MODULE, type StaffModuleService } from "@kassa/core/kit"
import type { MedusaContainer } from "@medusajs/framework/types"
import { pesos, toCentavos } from "../schedule/money"

export type Refusal = { reason: "own_sale" | "over_limit"; message: string }

/**
 * Why `userId` may not decide on a plan, or null. Nobody decides on a sale credited to them.
 * Approving is limited to the amount financed within the officer's `approval_limit` (none set:
 * zero); holders of installment:approve_any (managers) approve above any limit. Rejecting is
 * never limited. API keys (other systems, no staff record) are not limited.
 */
export async function approvalRefusal(
  container: MedusaContainer,
  plan: { sold_by: string; amount_financed: unknown },
  userId: string,
  decision: "approve" | "reject"
): Promise<Refusal | null> {
  if (plan.sold_by === userId) return { reason: "own_sale", message: "This is your own sale: another credit officer must decide on it" }
  if (decision === "reject") return null
  const staff = container.resolve<StaffModuleService>(STAFF_MODULE)
  const [member] = await staff.listStaffMembers({ user_id: userId }, { select: ["id", "role_ids", "approval_limit"] })
  if (!member) return null
  if (grants(await staff.policiesOf(member), "installment:approve_any")) return null
  const limit = member.approval_limit == null ? 0 : toCentavos(member.approval_limit as unknown as number)
  const financed = toCentavos(plan.amount_financed as number)
  if (financed <= limit) return null
  return {
    reason: "over_limit",
    message: `${pesos(financed)} financed is above your approval limit of ${pesos(limit)}: the application is escalated to an officer with a higher limit or a manager`,
  }
}
