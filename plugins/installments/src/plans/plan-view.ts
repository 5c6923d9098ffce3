import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { INSTALLMENTS_MODULE } from "../modules/installments"
import type InstallmentsModuleService from "../modules/installments/service"
import { outstandingOf, type InstallmentRow } from "../modules/installments/service"
import { owed, payoffQuote } from "../schedule/allocate"
import { pesos, sum, toCentavos } from "../schedule/money"

export type PlanRow = Record<string, unknown> & {
  id: string
  status: string
  customer_id: string
  stock_location_id: string
  created_at: Date | string
  approved_at: Date | string | null
  customer?: { first_name: string | null; last_name: string | null; email: string | null; phone: string | null } | null
}

/** Every plan field the API shows, read through query.graph with the customer's link. */
export const PLAN_FIELDS = [
  "id", "order_id", "customer_id", "stock_location_id", "status", "term_months", "interest_method", "interest_rate",
  "sale_total", "down_payment", "amount_financed", "interest_total", "processing_fee", "late_fee_type", "late_fee",
  "late_fee_grace_days", "start_date", "days_past_due", "sold_by", "approved_by", "approved_at", "auto_approved",
  "rejected_by", "rejected_at", "decision_note", "escalated_by", "escalated_at", "escalation_note", "goods_released_at",
  "completed_at", "created_at", "customer.first_name", "customer.last_name", "customer.email", "customer.phone",
]
// A customer sees the terms and money of their plans, not who sold, approved or escalated them.
export const CUSTOMER_PLAN_FIELDS = PLAN_FIELDS.filter((f) => !/^(sold_by|approved_by|rejected_by|escalat|decision_note)/.test(f))

const MONEY = ["interest_rate", "sale_total", "down_payment", "amount_financed", "interest_total", "processing_fee", "late_fee"]

const installmentView = (i: InstallmentRow & { days_past_due: number; paid_at: Date | null }) => {
  const o = outstandingOf(i)
  const due = toCentavos(i.principal_due as number) + toCentavos(i.interest_due as number) + toCentavos(i.fee_due as number)
  return {
    id: i.id,
    sequence: i.sequence,
    due_date: i.due_date,
    status: i.status,
    principal: pesos(toCentavos(i.principal_due as number)),
    interest: pesos(toCentavos(i.interest_due as number)),
    fees: pesos(toCentavos(i.fee_due as number)),
    total: pesos(due),
    paid: pesos(toCentavos(i.principal_paid as number) + toCentavos(i.interest_paid as number) + toCentavos(i.fee_paid as number)),
    waived: pesos(toCentavos(i.interest_waived as number)),
    owed: pesos(owed(o)),
    days_past_due: i.days_past_due,
    paid_at: i.paid_at,
  }
}

/** Plans as the API shows them: money as "1234.56", the balance, what was paid, what is due next. */
export async function planViews(container: MedusaContainer, plans: PlanRow[]) {
  const service: InstallmentsModuleService = container.resolve(INSTALLMENTS_MODULE)
  const rows = plans.length ? ((await service.listInstallments({ plan_id: plans.map((p) => p.id) }, { order: { sequence: "ASC" } })) as unknown as (InstallmentRow & { plan_id: string })[]) : []
  return plans.map((p) => {
    const mine = rows.filter((r) => r.plan_id === p.id)
    const open = mine.map(outstandingOf)
    const next = mine.find((r) => r.status !== "paid")
    const { customer, ...plan } = p
    return {
      ...plan,
      ...Object.fromEntries(MONEY.map((k) => [k, p[k] == null ? null : pesos(toCentavos(p[k] as number))])),
      customer: customer ? { id: p.customer_id, ...customer } : null,
      // What the customer owes (or will, once approved); nothing once the plan is closed.
      balance: pesos(p.status === "active" || p.status === "pending_approval" ? sum(open.map(owed)) : 0),
      paid_total: pesos(sum(mine.map((r) => toCentavos(r.principal_paid as number) + toCentavos(r.interest_paid as number) + toCentavos(r.fee_paid as number)))),
      next_due: next && p.status === "active" ? { date: next.due_date, amount: pesos(owed(outstandingOf(next))) } : null,
    }
  })
}

/** One plan with its schedule, payments (with their allocations), credit details and payoff quote. */
export async function planDetail(
  container: MedusaContainer,
  planId: string,
  today: string,
  { filters = {}, fields = PLAN_FIELDS }: { filters?: Record<string, unknown>; fields?: string[] } = {}
) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "installment_plan", fields, filters: { id: planId, ...filters } })
  if (!data.length) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No installment plan ${planId}`)
  const service: InstallmentsModuleService = container.resolve(INSTALLMENTS_MODULE)
  const [[view], installments, payments, [profile], reminders] = await Promise.all([
    planViews(container, data as PlanRow[]),
    service.listInstallments({ plan_id: planId }, { order: { sequence: "ASC" } }),
    service.listInstallmentPayments({ plan_id: planId }, { relations: ["allocations"], order: { created_at: "ASC" } }),
    service.listCreditProfiles({ customer_id: (data[0] as PlanRow).customer_id }),
    service.listReminders({ plan_id: planId }, { select: ["installment_id", "kind", "sent_to", "created_at"], order: { created_at: "ASC" } }),
  ])
  const rows = installments as unknown as (InstallmentRow & { days_past_due: number; paid_at: Date | null })[]
  const quote = payoffQuote(rows.map(outstandingOf), today)
  const seqOf = new Map(rows.map((r) => [r.id, r.sequence]))
  return {
    ...view,
    installments: rows.map(installmentView),
    payments: payments.map((p) => ({
      id: p.id,
      receipt_number: p.receipt_number,
      stock_location_id: p.stock_location_id,
      method: p.method,
      amount: pesos(toCentavos(p.amount as unknown as number)),
      reference: p.reference,
      is_payoff: p.is_payoff,
      note: p.note,
      collected_by: p.collected_by,
      created_at: p.created_at,
      allocations: p.allocations
        .map((a) => ({
          sequence: seqOf.get(a.installment_id)!,
          fee: pesos(toCentavos(a.fee as unknown as number)),
          interest: pesos(toCentavos(a.interest as unknown as number)),
          principal: pesos(toCentavos(a.principal as unknown as number)),
        }))
        .sort((a, b) => a.sequence - b.sequence),
    })),
    reminders: reminders.map((r) => ({ sequence: seqOf.get(r.installment_id), kind: r.kind, sent_to: r.sent_to, sent_at: r.created_at })),
    payoff: view.status === "active" ? { date: today, amount: pesos(quote.amount), interest_waived: pesos(quote.interest_waived) } : null,
    credit_profile: profile ?? null,
    staff: await staffNames(container, [...["sold_by", "approved_by", "rejected_by", "escalated_by"].map((k) => (data[0] as PlanRow)[k]), ...payments.map((p) => p.collected_by)]),
  }
}

/** User id → name, for the people a plan's history names. */
async function staffNames(container: MedusaContainer, ids: unknown[]): Promise<Record<string, string>> {
  const wanted = [...new Set(ids.filter((id): id is string => typeof id === "string"))]
  if (!wanted.length) return {}
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "user", fields: ["id", "first_name", "last_name", "email"], filters: { id: wanted } })
  return Object.fromEntries(
    (data as { id: string; first_name: string | null; last_name: string | null; email: string }[]).map((u) => [u.id, [u.first_name, u.last_name].filter(Boolean).join(" ") || u.email])
  )
}
