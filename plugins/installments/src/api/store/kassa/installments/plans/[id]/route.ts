import { branchAtOr404 } from "@kassa/core/kit"
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { CUSTOMER_PLAN_FIELDS, planDetail } from "../../../../../../plans/plan-view"
import { localDate } from "../../../../../../schedule/due-dates"
import { planBranch } from "../../../../../plan-branch"

/** One of the signed-in customer's plans with its schedule, payments and payoff quote; 404 for anyone else's. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const branch = await branchAtOr404(req.scope, await planBranch(req))
  const { payments, staff, ...plan } = await planDetail(req.scope, req.params.id, localDate(new Date(), branch.timezone), {
    filters: { customer_id: req.auth_context.actor_id },
    fields: CUSTOMER_PLAN_FIELDS,
  })
  res.json({ plan: { ...plan, payments: payments.map(({ collected_by, note, ...p }) => p) } })
}
