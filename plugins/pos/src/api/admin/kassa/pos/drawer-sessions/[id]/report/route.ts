import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { drawerReportDocument } from "../../../../../../../drawer/report-document"
import { rule, textDocumentHtml, textDocumentPdf } from "../../../../../../../receipts/text-document"
import type { DrawerReportType } from "../../validators"

/** The session's report: X (as of now) while open, its issued Z report once closed; JSON, 80 mm HTML or PDF. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, DrawerReportType>, res: MedusaResponse) => {
  const report = await drawerReportDocument(req.scope, req.params.id)
  const { format } = req.validatedQuery
  if (format === "json") return res.json({ kind: report.kind, number: report.number, figures: report.figures })
  if (format === "html") return res.type("text/html; charset=utf-8").send(textDocumentHtml(report.lines, report.title, { printed: report.printed }))
  res.setHeader("Content-Type", "application/pdf")
  res.setHeader("Content-Disposition", `inline; filename="${report.title.replace(/[^\w#-]+/g, "-")}.pdf"`)
  // A PDF is made to be printed or kept: it carries the time it was made.
  res.send(await textDocumentPdf([...report.lines, rule, report.printed], report.title))
}
