import type { MedusaContainer } from "@medusajs/framework/types"
import { MathBN } from "@medusajs/framework/utils"
import { POS_MODULE } from "../modules/pos"
import type PosModuleService from "../modules/pos/service"
import { cents, money, num } from "../sale/money"
import { staffNames } from "../sale/staff-names"

type Sum = { count: number; amount: string }

/** What an X report (any time) and a Z report (at the close) print: all amounts as exact decimal strings. */
export type DrawerFigures = {
  session: { id: string; register_id: string; stock_location_id: string; status: string; opened_by: string; opened_at: string; closed_at: string | null; closed_by: string | null }
  sales: Sum & { tax_total: string; discount_total: string }
  tenders: (Sum & { method: string })[]
  staff: (Sum & { staff_member_id: string; name: string })[]
  voids: Sum
  /** Counter returns taken at the register while the session was open, by refund method. */
  returns: Sum & { by_method: (Sum & { method: string })[] }
  movements: { type: "in" | "out"; amount: string; reason: string; created_by: string; created_at: string }[]
  cash: {
    opening_float: string
    cash_sales: string
    cash_refunds: string
    cash_exchanges: string
    cash_in: string
    cash_out: string
    expected: string
    counted: string | null
    over_short: string | null
  }
}

const add = (sum: { count: number; raw: number }, amount: number) => ({ count: sum.count + 1, raw: cents(MathBN.sum(sum.raw, amount)) })
const sumOf = (s: { count: number; raw: number }): Sum => ({ count: s.count, amount: money(s.raw) })

/**
 * The session's figures from the records themselves: its completed sales (tickets taken while
 * it was open) with their tenders and totals, its voided sales, its cash movements.
 * Expected cash = float + cash taken in sales (net of change) + cash paid on exchanges − cash
 * refunded on returns + cash in − cash out; a voided sale's cash went back to the customer, so it counts in neither.
 */
export async function drawerFigures(container: MedusaContainer, sessionId: string, counted?: number): Promise<DrawerFigures> {
  const pos: PosModuleService = container.resolve(POS_MODULE)
  const session = await pos.retrieveDrawerSession(sessionId, { relations: ["cash_movements"] })
  const returnsTaken = await pos.listCounterReturns({ drawer_session_id: sessionId }, { select: ["refund_method", "refund_total", "paid_total", "paid_method"] })
  const tickets = await pos.listTickets({ drawer_session_id: sessionId, status: ["completed", "voided"] }, { select: ["id", "status", "order_id", "sales_agent_id", "opened_by", "sale_total", "sale_tax_total", "sale_discount_total"] })
  const completed = tickets.filter((t) => t.status === "completed")
  const orderIds = completed.map((t) => t.order_id!).filter(Boolean)
  const voidedIds = tickets.filter((t) => t.status === "voided").map((t) => t.order_id!).filter(Boolean)

  const tenders = orderIds.length + voidedIds.length ? await pos.listTenders({ order_id: [...orderIds, ...voidedIds] }) : []

  let sales = { count: 0, raw: 0 }
  let tax = 0
  let discount = 0
  let voids = { count: 0, raw: 0 }
  const byStaff = new Map<string, { count: number; raw: number }>()
  // Sales count what was charged at checkout (the ticket's frozen totals: a later return changes
  // the order's); a void counts what its tenders took.
  const paid = new Map<string, number>()
  for (const t of tenders) paid.set(t.order_id, cents(MathBN.sum(paid.get(t.order_id) ?? 0, num(t.amount))))
  for (const t of tickets) {
    if (t.status === "voided") {
      voids = add(voids, paid.get(t.order_id!) ?? 0)
      continue
    }
    const total = num(t.sale_total)
    sales = add(sales, total)
    tax = cents(MathBN.sum(tax, num(t.sale_tax_total)))
    discount = cents(MathBN.sum(discount, num(t.sale_discount_total)))
    const agent = t.sales_agent_id ?? t.opened_by
    byStaff.set(agent, add(byStaff.get(agent) ?? { count: 0, raw: 0 }, total))
  }

  const completedOrders = new Set(orderIds)
  const byMethod = new Map<string, { count: number; raw: number }>()
  for (const t of tenders) {
    if (!completedOrders.has(t.order_id)) continue
    byMethod.set(t.method, add(byMethod.get(t.method) ?? { count: 0, raw: 0 }, num(t.amount)))
  }

  let returns = { count: 0, raw: 0 }
  const returnsByMethod = new Map<string, { count: number; raw: number }>()
  for (const r of returnsTaken) {
    returns = add(returns, num(r.refund_total))
    returnsByMethod.set(r.refund_method, add(returnsByMethod.get(r.refund_method) ?? { count: 0, raw: 0 }, num(r.refund_total)))
  }
  const cashRefunds = returnsByMethod.get("cash")?.raw ?? 0
  // What customers paid in cash on top of an exchange.
  const cashExchanges = cents(MathBN.sum(0, ...returnsTaken.filter((r) => r.paid_method === "cash").map((r) => num(r.paid_total))))

  const movements = [...(session.cash_movements ?? [])].sort((a, b) => +new Date(a.created_at) - +new Date(b.created_at))
  const moved = (type: "in" | "out") => cents(MathBN.sum(0, ...movements.filter((m) => m.type === type).map((m) => num(m.amount))))
  const cashSales = byMethod.get("cash")?.raw ?? 0
  const expected = cents(
    MathBN.sum(num(session.opening_float), cashSales, cashExchanges, MathBN.mult(cashRefunds, -1), moved("in"), MathBN.mult(moved("out"), -1))
  )
  const countedCash = counted ?? (session.counted_cash == null ? null : num(session.counted_cash))

  return {
    session: {
      id: session.id,
      register_id: session.register_id,
      stock_location_id: session.stock_location_id,
      status: session.status,
      opened_by: session.opened_by,
      opened_at: new Date(session.opened_at).toISOString(),
      closed_at: session.closed_at ? new Date(session.closed_at).toISOString() : null,
      closed_by: session.closed_by,
    },
    sales: { ...sumOf(sales), tax_total: money(tax), discount_total: money(discount) },
    tenders: [...byMethod].map(([method, s]) => ({ method, ...sumOf(s) })).sort((a, b) => a.method.localeCompare(b.method)),
    staff: await perStaff(container, byStaff),
    voids: sumOf(voids),
    returns: { ...sumOf(returns), by_method: [...returnsByMethod].map(([method, r]) => ({ method, ...sumOf(r) })).sort((a, b) => a.method.localeCompare(b.method)) },
    movements: movements.map((m) => ({ type: m.type, amount: money(num(m.amount)), reason: m.reason, created_by: m.created_by, created_at: new Date(m.created_at).toISOString() })),
    cash: {
      opening_float: money(num(session.opening_float)),
      cash_sales: money(cashSales),
      cash_refunds: money(cashRefunds),
      cash_exchanges: money(cashExchanges),
      cash_in: money(moved("in")),
      cash_out: money(moved("out")),
      expected: money(expected),
      counted: countedCash == null ? null : money(countedCash),
      over_short: countedCash == null ? null : money(MathBN.sub(countedCash, expected)),
    },
  }
}

/** The per-staff lines, by name. */
async function perStaff(container: MedusaContainer, byStaff: Map<string, { count: number; raw: number }>) {
  const names = await staffNames(container, [...byStaff.keys()])
  return [...byStaff]
    .map(([id, s]) => ({ staff_member_id: id, name: names.get(id) ?? id, ...sumOf(s) }))
    .sort((a, b) => a.name.localeCompare(b.name))
}
