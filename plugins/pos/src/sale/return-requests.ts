import type { MedusaContainer } from "@medusajs/framework/types"
import { POS_MODULE } from "../modules/pos"
import type PosModuleService from "../modules/pos/service"
import { MathBN } from "@medusajs/framework/utils"
import { money, num } from "./money"
import { staffNames } from "./staff-names"

type Filters = { id?: string; stock_location_id?: string | string[]; status?: string }

/**
 * Return requests as the routes answer them, newest first: money as two-decimal strings, and who
 * asked and who decided by name (one query for all of them). A pending one past its expiry reads
 * as expired even before the job has marked it. An exchange's request also answers its new goods
 * and their total as priced when asked (`new_total`; completion prices them again).
 */
export async function listReturnRequestViews(container: MedusaContainer, filters: Filters, page: { skip: number; take: number } = { skip: 0, take: 1 }) {
  const pos = container.resolve<PosModuleService>(POS_MODULE)
  const [rows, count] = await pos.listAndCountReturnRequests(filters, { ...page, order: { created_at: "DESC" } })
  const names = await staffNames(container, rows.flatMap((r) => [r.requested_by, r.decided_by ?? "", r.completed_by ?? ""]))
  const now = new Date()
  const items = rows.map((r) => {
    const newLines = (r.new_lines as unknown as { variant_id: string; title: string; quantity: number; amount: string }[] | null) ?? null
    return {
      id: r.id,
      number: r.number,
      order_id: r.order_id,
      stock_location_id: r.stock_location_id,
      register_id: r.register_id,
      status: r.status === "pending" && new Date(r.expires_at) <= now ? "expired" : r.status,
      kind: r.kind,
      lines: r.lines,
      new_lines: newLines,
      new_total: newLines ? money(MathBN.sum(0, ...newLines.map((l) => l.amount))) : null,
      refund_total: money(num(r.refund_total)),
      refund: r.refund,
      reason: r.reason,
      note: r.note,
      approval_reason: r.approval_reason,
      requested_by: r.requested_by,
      requested_by_name: names.get(r.requested_by) ?? null,
      created_at: r.created_at,
      expires_at: r.expires_at,
      decided_by: r.decided_by,
      decided_by_name: r.decided_by ? (names.get(r.decided_by) ?? null) : null,
      decided_at: r.decided_at,
      decision_note: r.decision_note,
      return_record_id: r.return_record_id,
      completed_by: r.completed_by,
      completed_at: r.completed_at,
    }
  })
  return { items, count }
}

export async function returnRequestView(container: MedusaContainer, id: string) {
  return (await listReturnRequestViews(container, { id })).items[0]
}
