import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { planDetail } from "../../../../../../plans/plan-view"
import { localDate } from "../../../../../../schedule/due-dates"
import { branchInfo } from "../../../../../../terms/branch"
import { planBranch } from "../../../../../scope"

/** A plan with its schedule, payments, credit details and today's early-payoff quote. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const branch = await branchInfo(req.scope, await planBranch(req))
  res.json({ plan: await planDetail(req.scope, req.params.id, localDate(new Date(), branch.timezone)) })
}
