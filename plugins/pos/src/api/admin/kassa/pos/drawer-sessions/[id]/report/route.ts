import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { drawerFigures, type DrawerFigures } from "../../../../../../../drawer/figures"
import { drawerReportLines, printedLine } from "../../../../../../../drawer/report"
import { rule, textDocumentHtml, textDocumentPdf } from "../../../../../../../receipts/text-document"
import { POS_MODULE } from "../../../../../../../modules/pos"
import type PosModuleService from "../../../../../../../modules/pos/service"
import type { DrawerReportType } from "../../validators"

/** The session's report: X (as of now) while open, its issued Z report once closed; JSON, 80 mm HTML or PDF. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, DrawerReportType>, res: MedusaResponse) => {
  const pos = req.scope.resolve<PosModuleService>(POS_MODULE)
  const session = await pos.retrieveDrawerSession(req.params.id)
  const [z] = await pos.listZReports({ session_id: session.id })
  const figures = z ? (z.figures as unknown as DrawerFigures) : await drawerFigures(req.scope, session.id)
  const { format } = req.validatedQuery
  if (format === "json") return res.json({ kind: z ? "Z" : "X", number: z?.number ?? null, figures })

  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "branch", fields: ["code", "timezone", "registers.id", "registers.code"], filters: { stock_location_id: session.stock_location_id } })
  const branch = data[0] as { code: string; timezone: string; registers: { id: string; code: string }[] }
  const heading = {
    kind: (z ? "Z" : "X") as "X" | "Z",
    number: z?.number ?? null,
    branch: branch.code,
    register: branch.registers.find((r) => r.id === session.register_id)?.code ?? session.register_id,
    as_of: new Date(),
    timezone: branch.timezone,
  }
  const lines = drawerReportLines(figures, heading)
  const printed = printedLine(heading.as_of, branch.timezone)
  const title = z ? `Z report ${branch.code} ${heading.register} #${z.number}` : `X report ${branch.code} ${heading.register}`
  if (format === "html") return res.type("text/html; charset=utf-8").send(textDocumentHtml(lines, title, { printed }))
  res.setHeader("Content-Type", "application/pdf")
  res.setHeader("Content-Disposition", `inline; filename="${title.replace(/[^\w#-]+/g, "-")}.pdf"`)
  // A PDF is made to be printed or kept: it carries the time it was made.
  res.send(await textDocumentPdf([...lines, rule, printed], title))
}
