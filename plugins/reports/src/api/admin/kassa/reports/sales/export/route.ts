import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { writeCsv, writeXlsx } from "../../../../../../sales/export-writers"
import { exportLines } from "../../../../../../sales/sales-export"
import { periodOf, reportScope } from "../../scope"
import type { SalesExportType } from "../../validators"

const TYPES = { csv: "text/csv; charset=utf-8", xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" }

/** The period's sold lines as CSV or Excel, streamed: the server holds one page of lines at a time. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, SalesExportType>, res: MedusaResponse) => {
  const q = req.validatedQuery
  const { scope, timezone } = await reportScope(req, q.branch_id)
  const period = periodOf(q, timezone)
  res.setHeader("Content-Type", TYPES[q.format])
  res.setHeader("Content-Disposition", `attachment; filename="sales-${period.from}-${period.to}.${q.format}"`)
  const lines = exportLines(req.scope, { scope, period })
  await (q.format === "csv" ? writeCsv(res, lines) : writeXlsx(res, lines))
}
