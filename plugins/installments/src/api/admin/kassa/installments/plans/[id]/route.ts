import { branchAtOr404 } from "@kassa/core/kit"
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { planDetail } from "../../../../../../plans/plan-view"
import { localDate } from "../../../../../../schedule/due-dates"
import { planBranch } from "../../../../../plan-branch"

/** A plan with its schedule, payments, credit details and today's early-payoff quote. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const branch = await branchAtOr404(req.scope, await planBranch(req))
  res.json({ plan: await planDetail(req.scope, req.params.id, localDate(new Date(), branch.timezone)) })
}
