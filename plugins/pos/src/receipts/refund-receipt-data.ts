import { branchAtOr404, logoFor } from "@kassa/core/kit"
import type { MedusaContainer } from "@medusajs/framework/types"
import { POS_MODULE } from "../modules/pos"
import type PosModuleService from "../modules/pos/service"
import { money, num } from "../sale/money"
import { staffNames } from "../sale/staff-names"
import { tenderLabel } from "../sale/tender-label"
import type { RefundReceipt } from "./refund-receipt"

/** Everything a counter return's refund (or exchange) receipt shows, from its record. */
export async function refundReceiptData(container: MedusaContainer, returnId: string): Promise<RefundReceipt> {
  const pos = container.resolve<PosModuleService>(POS_MODULE)
  const record = await pos.retrieveCounterReturn(returnId)
  const [[ticket], branch, logo] = await Promise.all([
    pos.listTickets({ order_id: record.order_id }, { select: ["receipt_number"] }),
    branchAtOr404(container, record.stock_location_id),
    logoFor(container, record.stock_location_id),
  ])
  return {
    number: record.number,
    sale_receipt_number: ticket.receipt_number!,
    branch: { name: branch.name, code: branch.code, timezone: branch.timezone },
    logo: logo ? { file_id: logo.file_id, url: logo.url } : null,
    issued_at: new Date(record.created_at).toISOString(),
    reason: record.reason,
    lines: record.lines as unknown as RefundReceipt["lines"],
    refund_total: money(num(record.refund_total)),
    refund_method: record.refund_method,
    refund_method_label: tenderLabel(record.refund_method),
    refund_reference: record.refund_reference,
    card_last4: record.card_last4,
    approved_by: record.approved_by ? ((await staffNames(container, [record.approved_by])).get(record.approved_by) ?? record.approved_by) : null,
    new_lines: (record.new_lines as unknown as RefundReceipt["new_lines"] | null) ?? [],
    paid_total: record.paid_total == null ? null : money(num(record.paid_total)),
    paid_method: record.paid_method,
    paid_method_label: record.paid_method ? tenderLabel(record.paid_method) : null,
  }
}
