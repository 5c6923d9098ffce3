import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { salesReport } from "../../../../../sales/sales-report"
import { periodOf, reportScope } from "../scope"
import type { SalesReportType } from "../validators"

/** Sales of a period by day, week, month, hour or weekday, beside the period before it. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, SalesReportType>, res: MedusaResponse) => {
  const q = req.validatedQuery
  const { scope, timezone } = await reportScope(req, q.branch_id)
  const report = await salesReport(req.scope, { scope, period: periodOf(q, timezone), group: q.group })
  res.json({ report: { timezone, branch_ids: scope.all ? "all" : scope.ids, ...report } })
}
