import { grants, STAFF_MODULE, type StaffModuleService } from "@kassa/core/kit"
import type { MedusaContainer } from "@medusajs/framework/types"
import { INSTALLMENTS_MODULE } from "../modules/installments"
import type InstallmentsModuleService from "../modules/installments/service"
import { pesoText, toCentavos } from "../schedule/money"

export type Refusal = { reason: "own_sale" | "over_limit"; message: string }

/**
 * Why `userId` may not decide on a plan, or null. Nobody decides on a sale credited to them.
 * Approving is limited to the amount financed within the officer's `approval_limit` (this
 * plugin's credit officer record; none set: zero); holders of installment:approve_any (managers) approve above any limit. Rejecting is
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
  const [member] = await staff.listStaffMembers({ user_id: userId }, { select: ["id", "role_ids"] })
  if (!member) return null
  if (grants(await staff.policiesOf(member), "installment:approve_any")) return null
  const limit = await approvalLimit(container, member.id)
  const financed = toCentavos(plan.amount_financed as number)
  if (financed <= limit) return null
  return {
    reason: "over_limit",
    message: `${pesoText(financed)} financed is above your approval limit of ${pesoText(limit)}: the application is escalated to an officer with a higher limit or a manager`,
  }
}

/** A staff member's approval limit in centavos (none set: zero). */
export async function approvalLimit(container: MedusaContainer, staffMemberId: string) {
  const service = container.resolve<InstallmentsModuleService>(INSTALLMENTS_MODULE)
  const [officer] = await service.listCreditOfficers({ staff_member_id: staffMemberId }, { select: ["approval_limit"] })
  return officer?.approval_limit == null ? 0 : toCentavos(officer.approval_limit as unknown as number)
}
