import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { receiptLogoBytes } from "../../../../../../../receipts/logo-bytes"
import { refundReceiptLines } from "../../../../../../../receipts/refund-receipt"
import { refundReceiptData } from "../../../../../../../receipts/refund-receipt-data"
import { textDocumentHtml, textDocumentPdf } from "../../../../../../../receipts/text-document"
import type { RefundReceiptType } from "../../validators"

/** The refund receipt of a counter return: its data, or printed as 80 mm HTML, PDF or text. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, RefundReceiptType>, res: MedusaResponse) => {
  const receipt = await refundReceiptData(req.scope, req.params.id)
  const { format } = req.validatedQuery
  if (format === "json") return res.json({ refund_receipt: receipt })
  const lines = refundReceiptLines(receipt)
  if (format === "text") return res.type("text/plain; charset=utf-8").send(lines.join("\n") + "\n")
  if (format === "html") return res.type("text/html; charset=utf-8").send(textDocumentHtml(lines, `Refund ${receipt.number}`, { logoUrl: receipt.logo?.url }))
  res.setHeader("Content-Type", "application/pdf")
  res.setHeader("Content-Disposition", `inline; filename="${receipt.number}.pdf"`)
  res.send(await textDocumentPdf(lines, `Refund ${receipt.number}`, await receiptLogoBytes(req.scope, receipt)))
}
