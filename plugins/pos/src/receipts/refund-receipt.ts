import { center, php, row, rule } from "./text-document"

export type RefundReceipt = {
  number: string
  sale_receipt_number: string
  branch: { name: string; code: string; timezone: string }
  /** The logo above it on screen and in its PDF: the branch's own, else the store's (core's branding). */
  logo: { file_id: string; url: string } | null
  issued_at: string
  reason: string
  lines: { title: string; quantity: number; condition: string; amount: string }[]
  refund_total: string
  refund_method: string
  /** How the receipt names the method: "Cash", "Store credit". */
  refund_method_label: string
  refund_reference: string | null
  card_last4: string | null
  approved_by: string | null
  /** An exchange: the units handed out instead, and what the customer paid on top. */
  new_lines: { title: string; quantity: number }[]
  paid_total: string | null
  paid_method: string | null
  paid_method_label: string | null
}

/** The refund (or exchange) receipt as 42 printed columns: what came back in what condition, what went out, and the money either way. */
export function refundReceiptLines(r: RefundReceipt): string[] {
  const when = new Intl.DateTimeFormat("en-PH", { timeZone: r.branch.timezone, dateStyle: "medium", timeStyle: "short" }).format(new Date(r.issued_at))
  return [
    center(r.new_lines.length ? "EXCHANGE RECEIPT" : "REFUND RECEIPT"),
    center(r.branch.name),
    rule,
    row("Refund no.", r.number),
    row("Original sale", r.sale_receipt_number),
    row("Date", when),
    ...(r.approved_by ? [row("Approved by", r.approved_by)] : []),
    rule,
    ...r.lines.flatMap((l) => [row(`${l.quantity} x ${l.title}`, php(l.amount)), `    ${l.condition === "damaged" ? "Damaged: not restocked" : "Returned to stock"}`]),
    ...(r.new_lines.length ? [rule, "Exchanged for", ...r.new_lines.map((l) => `  ${l.quantity} x ${l.title}`)] : []),
    rule,
    ...(r.paid_total
      ? [row("CUSTOMER PAID", php(r.paid_total)), row(`  ${r.paid_method_label}`, php(r.paid_total))]
      : [
          row("REFUND", php(r.refund_total)),
          row(`  ${r.refund_method_label}`, php(r.refund_total)),
          ...(r.card_last4 ? [`    Card ending ${r.card_last4}`] : []),
          ...(r.refund_reference ? [`    Ref. ${r.refund_reference}`] : []),
        ]),
    rule,
    `Reason: ${r.reason}`.slice(0, 42),
  ]
}
