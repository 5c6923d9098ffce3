import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { receiptLogoBytes } from "../../../../../../../receipts/logo-bytes"
import { returnRequestSlipData, returnRequestSlipLines } from "../../../../../../../receipts/return-request-slip"
import { textDocumentHtml, textDocumentPdf } from "../../../../../../../receipts/text-document"
import type { ReturnRequestSlipType } from "../../validators"

/** The customer's slip of a return request (what was asked back, not a refund): 80 mm HTML, PDF or 42-column text. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, ReturnRequestSlipType>, res: MedusaResponse) => {
  const slip = await returnRequestSlipData(req.scope, req.params.id)
  const lines = returnRequestSlipLines(slip)
  const { format } = req.validatedQuery
  if (format === "text") return res.type("text/plain; charset=utf-8").send(lines.join("\n") + "\n")
  if (format === "html") return res.type("text/html; charset=utf-8").send(textDocumentHtml(lines, `Return request ${slip.number}`, { logoUrl: slip.logo?.url }))
  res.setHeader("Content-Type", "application/pdf")
  res.setHeader("Content-Disposition", `inline; filename="${slip.number}.pdf"`)
  res.send(await textDocumentPdf(lines, `Return request ${slip.number}`, await receiptLogoBytes(req.scope, slip)))
}
