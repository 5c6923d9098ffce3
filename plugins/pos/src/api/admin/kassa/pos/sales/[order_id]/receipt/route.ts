import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { renderReceiptHtml, renderReceiptPdf, renderReceiptText } from "../../../../../../../receipts"
import { receiptLogoBytes } from "../../../../../../../receipts/logo-bytes"
import { receiptData } from "../../../../../../../sale/receipt-data"
import type { ReceiptQueryType } from "../../validators"

/** The sale's receipt: its data, or printed as HTML, PDF or 42-column text (thermal or A4). */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, ReceiptQueryType>, res: MedusaResponse) => {
  const { format, layout } = req.validatedQuery
  const data = await receiptData(req.scope, req.params.order_id)
  if (format === "json") return res.json({ receipt: data })
  if (format === "text") return res.type("text/plain; charset=utf-8").send(renderReceiptText(data))
  if (format === "html") return res.type("text/html; charset=utf-8").send(renderReceiptHtml(data, { layout }))
  const pdf = await renderReceiptPdf(data, { layout, logo: await receiptLogoBytes(req.scope, data) })
  res.setHeader("Content-Type", "application/pdf")
  res.setHeader("Content-Disposition", `inline; filename="${data.receipt_number}.pdf"`)
  res.send(pdf)
}
