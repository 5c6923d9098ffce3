import { branchAtOr404 } from "@kassa/core/kit"
import type { MedusaRequest } from "@medusajs/framework/http"
import { planDetail } from "../../../../../../plans/plan-view"
import { localDate } from "../../../../../../schedule/due-dates"
import { planBranch } from "../../../../../plan-branch"

/** The plan the URL names as GET plans/:id shows it, after a write. */
export async function decidedPlan(req: MedusaRequest) {
  const branch = await branchAtOr404(req.scope, await planBranch(req))
  return planDetail(req.scope, req.params.id, localDate(new Date(), branch.timezone))
}
