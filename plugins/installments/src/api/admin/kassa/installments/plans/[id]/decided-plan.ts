import type { MedusaRequest } from "@medusajs/framework/http"
import { planDetail } from "../../../../../../plans/plan-view"
import { localDate } from "../../../../../../schedule/due-dates"
import { branchInfo } from "../../../../../../terms/branch"
import { planBranch } from "../../../../../scope"

/** The plan the URL names as GET plans/:id shows it, after a write. */
export async function decidedPlan(req: MedusaRequest) {
  const branch = await branchInfo(req.scope, await planBranch(req))
  return planDetail(req.scope, req.params.id, localDate(new Date(), branch.timezone))
}
