import { branchAtOr404, logoFor } from "@kassa/core/kit"
import type { MedusaContainer } from "@medusajs/framework/types"
import { POS_MODULE } from "../modules/pos"
import type PosModuleService from "../modules/pos/service"
import { MathBN } from "@medusajs/framework/utils"
import { money, num } from "../sale/money"
import { tenderLabel } from "../sale/tender-label"
import { center, php, row, rule } from "./text-document"

export type ReturnRequestSlip = {
  number: string
  sale_receipt_number: string
  branch: { name: string; code: string; timezone: string }
  logo: { file_id: string; url: string } | null
  requested_at: string
  expires_at: string
  status: string
  reason: string
  lines: { title: string; quantity: number; condition: string; amount: string }[]
  /** An exchange's request: the goods the customer will take, as priced when asked. */
  new_lines?: { title: string; quantity: number; amount: string }[] | null
  refund_total: string
  refund_method_label: string
}

const STATUS = { pending: "Waiting for approval", approved: "Approved", rejected: "Rejected", expired: "Expired", completed: "Completed" } as Record<string, string>

/** What the customer's slip of a return request shows, from its record. */
export async function returnRequestSlipData(container: MedusaContainer, id: string): Promise<ReturnRequestSlip> {
  const pos = container.resolve<PosModuleService>(POS_MODULE)
  const request = await pos.retrieveReturnRequest(id)
  const [[ticket], branch, logo] = await Promise.all([
    pos.listTickets({ order_id: request.order_id }, { select: ["receipt_number"] }),
    branchAtOr404(container, request.stock_location_id),
    logoFor(container, request.stock_location_id),
  ])
  const refund = request.refund as unknown as { method: string }
  return {
    number: request.number,
    sale_receipt_number: ticket.receipt_number!,
    branch: { name: branch.name, code: branch.code, timezone: branch.timezone },
    logo: logo ? { file_id: logo.file_id, url: logo.url } : null,
    requested_at: new Date(request.created_at).toISOString(),
    expires_at: new Date(request.expires_at).toISOString(),
    status: request.status,
    reason: request.reason,
    lines: request.lines as unknown as ReturnRequestSlip["lines"],
    new_lines: (request.new_lines as unknown as ReturnRequestSlip["new_lines"]) ?? null,
    refund_total: money(num(request.refund_total)),
    refund_method_label: tenderLabel(refund.method),
  }
}

/**
 * The request slip as 42 printed columns, like the refund receipt: what is asked back (and, for an
 * exchange, what the customer will take, with the difference as priced today), and that nothing is
 * refunded or handed over yet.
 */
export function returnRequestSlipLines(r: ReturnRequestSlip): string[] {
  const at = (iso: string) => new Intl.DateTimeFormat("en-PH", { timeZone: r.branch.timezone, dateStyle: "medium", timeStyle: "short" }).format(new Date(iso))
  const exchange = r.new_lines?.length ? r.new_lines : null
  const newTotal = exchange ? MathBN.sum(0, ...exchange.map((l) => l.amount)) : null
  const difference = newTotal ? MathBN.sub(newTotal, r.refund_total) : null
  const totals = !exchange
    ? [row("REFUND ASKED", php(r.refund_total)), row(`  ${r.refund_method_label}`, php(r.refund_total))]
    : [
        row("Coming back", php(r.refund_total)),
        row("Taking instead", php(money(newTotal!))),
        MathBN.gt(difference!, 0) ? row("CUSTOMER PAYS", php(money(difference!))) : row("REFUND ASKED", php(money(MathBN.mult(difference!, -1)))),
        ...(MathBN.lt(difference!, 0) ? [row(`  ${r.refund_method_label}`, php(money(MathBN.mult(difference!, -1))))] : []),
      ]
  return [
    center(exchange ? "EXCHANGE REQUEST" : "RETURN REQUEST"),
    center(r.branch.name),
    rule,
    row("Request no.", r.number),
    row("Original sale", r.sale_receipt_number),
    row("Date", at(r.requested_at)),
    row("Status", STATUS[r.status] ?? r.status),
    ...(r.status === "pending" ? [row("Valid until", at(r.expires_at))] : []),
    rule,
    ...(exchange ? ["Coming back:"] : []),
    ...r.lines.flatMap((l) => [row(`${l.quantity} x ${l.title}`, php(l.amount)), `    ${l.condition === "damaged" ? "Damaged" : "Resellable"}`]),
    ...(exchange ? ["Taking instead:", ...exchange.map((l) => row(`${l.quantity} x ${l.title}`, php(l.amount)))] : []),
    rule,
    ...totals,
    rule,
    `Reason: ${r.reason}`.slice(0, 42),
    "",
    center(exchange ? "Nothing is exchanged or paid back" : "Not a refund: nothing is paid back"),
    center("until a manager approves and the"),
    center(`${exchange ? "exchange" : "return"} is completed at the counter.`),
    center("Keep this slip."),
  ]
}
