import { branchAtOr404 } from "@kassa/core/kit"
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { POS_MODULE } from "../../../../../../../modules/pos"
import type PosModuleService from "../../../../../../../modules/pos/service"
import { RefundReceipt, refundReceiptLines } from "../../../../../../../receipts/refund-receipt"
import { textDocumentHtml, textDocumentPdf } from "../../../../../../../receipts/text-document"
import { money, num } from "../../../../../../../sale/money"
import { staffNames } from "../../../../../../../sale/staff-names"
import { tenderLabel } from "../../../../../../../sale/tender-label"
import type { RefundReceiptType } from "../../validators"

/** The refund receipt of a counter return: its data, or printed as 80 mm HTML, PDF or text. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, RefundReceiptType>, res: MedusaResponse) => {
  const pos = req.scope.resolve<PosModuleService>(POS_MODULE)
  const record = await pos.retrieveCounterReturn(req.params.id)
  const [[ticket], branch] = await Promise.all([
    pos.listTickets({ order_id: record.order_id }, { select: ["receipt_number"] }),
    branchAtOr404(req.scope, record.stock_location_id),
  ])
  const receipt: RefundReceipt = {
    number: record.number,
    sale_receipt_number: ticket.receipt_number!,
    branch: { name: branch.name, code: branch.code, timezone: branch.timezone },
    issued_at: new Date(record.created_at).toISOString(),
    reason: record.reason,
    lines: record.lines as unknown as RefundReceipt["lines"],
    refund_total: money(num(record.refund_total)),
    refund_method: record.refund_method,
    refund_method_label: tenderLabel(record.refund_method),
    refund_reference: record.refund_reference,
    card_last4: record.card_last4,
    approved_by: record.approved_by ? ((await staffNames(req.scope, [record.approved_by])).get(record.approved_by) ?? record.approved_by) : null,
    new_lines: (record.new_lines as unknown as RefundReceipt["new_lines"] | null) ?? [],
    paid_total: record.paid_total == null ? null : money(num(record.paid_total)),
    paid_method: record.paid_method,
    paid_method_label: record.paid_method ? tenderLabel(record.paid_method) : null,
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
