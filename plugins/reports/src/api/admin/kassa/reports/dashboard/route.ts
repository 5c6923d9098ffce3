import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { pluginCards } from "../../../../../dashboard/plugin-cards"
import { salesDashboard } from "../../../../../dashboard/sales-figures"
import { reportScope } from "../scope"
import type { DashboardType } from "../validators"

/** The manager's dashboard: sales figures of the caller's branches (or the one asked for) and the other plugins' cards. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, DashboardType>, res: MedusaResponse) => {
  const { scope, timezone } = await reportScope(req, req.validatedQuery.branch_id)
  const now = new Date()
  const [sales, cards] = await Promise.all([salesDashboard(req.scope, scope, now), pluginCards(req.scope, scope, now, timezone)])
  res.json({ dashboard: { at: now.toISOString(), timezone, branch_ids: scope.all ? "all" : scope.ids, ...sales, cards } })
}
