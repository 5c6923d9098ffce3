import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { POS_MODULE } from "../../../../../../../modules/pos"
import type PosModuleService from "../../../../../../../modules/pos/service"
import { RefundReceipt, refundReceiptLines } from "../../../../../../../receipts/refund-receipt"
import { textDocumentHtml, textDocumentPdf } from "../../../../../../../receipts/text-document"
import { money, num } from "../../../../../../../sale/money"
import { staffNames } from "../../../../../../../sale/staff-names"
import type { RefundReceiptType } from "../../validators"

/** The refund receipt of a counter return: its data, or printed as 80 mm HTML, PDF or text. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, RefundReceiptType>, res: MedusaResponse) => {
  const pos = req.scope.resolve<PosModuleService>(POS_MODULE)
  const record = await pos.retrieveCounterReturn(req.params.id)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const [[ticket], { data: branches }, { data: locations }] = await Promise.all([
    pos.listTickets({ order_id: record.order_id }, { select: ["receipt_number"] }),
    query.graph({ entity: "branch", fields: ["code", "timezone"], filters: { stock_location_id: record.stock_location_id } }),
    query.graph({ entity: "stock_location", fields: ["name"], filters: { id: record.stock_location_id } }),
  ])
  const branch = branches[0] as { code: string; timezone: string }
  const receipt: RefundReceipt = {
    number: record.number,
    sale_receipt_number: ticket.receipt_number!,
    branch: { name: (locations[0] as { name: string }).name, code: branch.code, timezone: branch.timezone },
    issued_at: new Date(record.created_at).toISOString(),
    reason: record.reason,
    lines: record.lines as unknown as RefundReceipt["lines"],
    refund_total: money(num(record.refund_total)),
    refund_method: record.refund_method,
    refund_reference: record.refund_reference,
    card_last4: record.card_last4,
    approved_by: record.approved_by ? ((await staffNames(req.scope, [record.approved_by])).get(record.approved_by) ?? record.approved_by) : null,
    new_lines: (record.new_lines as unknown as RefundReceipt["new_lines"] | null) ?? [],
    paid_total: record.paid_total == null ? null : money(num(record.paid_total)),
    paid_method: record.paid_method,
  }
  const { format } = req.validatedQuery
  if (format === "json") return res.json({ refund_receipt: receipt })
  const lines = refundReceiptLines(receipt)
  if (format === "text") return res.type("text/plain; charset=utf-8").send(lines.join("\n") + "\n")
  if (format === "html") return res.type("text/html; charset=utf-8").send(textDocumentHtml(lines, `Refund ${record.number}`))
  res.setHeader("Content-Type", "application/pdf")
  res.setHeader("Content-Disposition", `inline; filename="${record.number}.pdf"`)
  res.send(await textDocumentPdf(lines, `Refund ${record.number}`))
}
