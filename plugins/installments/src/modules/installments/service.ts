import type { BranchScope } from "@kassa/core/kit"
import type { Context } from "@medusajs/framework/types"
import { InjectManager, InjectTransactionManager, MedusaContext, MedusaError, MedusaService } from "@medusajs/framework/utils"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import { allocate, payoffQuote, type Outstanding } from "../../schedule/allocate"
import { daysBetween } from "../../schedule/due-dates"
import { lateFeeAmount, lateFeePeriods } from "../../schedule/late-fee"
import { pesos, pesoText, sum, toAmount, toBasisPoints, toCentavos } from "../../schedule/money"
import { CreditOfficer, CreditProfile, Installment, InstallmentPayment, InstallmentPlan, InstallmentTerms, PaymentAllocation, Reminder } from "./models"

export type InstallmentRow = {
  id: string
  sequence: number
  due_date: string
  principal_due: unknown
  interest_due: unknown
  fee_due: unknown
  principal_paid: unknown
  interest_paid: unknown
  fee_paid: unknown
  interest_waived: unknown
  status: string
}

/** What is still owed on an installment, in centavos. */
export const outstandingOf = (i: InstallmentRow): Outstanding => ({
  id: i.id,
  sequence: i.sequence,
  due_date: i.due_date,
  fee: toCentavos(i.fee_due as number) - toCentavos(i.fee_paid as number),
  interest: toCentavos(i.interest_due as number) - toCentavos(i.interest_paid as number) - toCentavos(i.interest_waived as number),
  principal: toCentavos(i.principal_due as number) - toCentavos(i.principal_paid as number),
})

export type PaymentInput = {
  /** Chosen by the caller (a journaled collection: recovery looks the payment up by it). */
  id?: string
  plan_id: string
  stock_location_id: string
  branch_code: string
  method: string
  /** Centavos. */
  amount: number
  reference?: string | null
  note?: string | null
  collected_by: string
  /** Settles the plan at the early-payoff quote (interest not yet due is waived). */
  payoff: boolean
  today: string
}

export default class InstallmentsModuleService extends MedusaService({
  InstallmentTerms,
  CreditOfficer,
  CreditProfile,
  InstallmentPlan,
  Installment,
  InstallmentPayment,
  PaymentAllocation,
  Reminder,
}) {
  /** The branch's terms, created with the defaults on first use. */
  async termsFor(stockLocationId: string) {
    const [found] = await this.listInstallmentTerms({ stock_location_id: stockLocationId })
    if (found) return found
    await this.ensureTermsRow(stockLocationId)
    return (await this.listInstallmentTerms({ stock_location_id: stockLocationId }))[0]
  }

  @InjectTransactionManager()
  protected async ensureTermsRow(stockLocationId: string, @MedusaContext() ctx: Context<SqlEntityManager> = {}) {
    await ctx.transactionManager!.execute(
      `insert into kassa_installment_terms (id, stock_location_id) values ('iterm_' || replace(gen_random_uuid()::text, '-', ''), ?)
       on conflict (stock_location_id) where deleted_at is null do nothing`,
      [stockLocationId]
    )
  }

  /**
   * Records a decision on a plan only while it is still pending: the row is locked and its
   * status read in the same transaction, so a decision that lost a race (or ran after the
   * workflow's lock lapsed) finds the plan decided and changes nothing.
   */
  @InjectTransactionManager()
  async decidePendingPlan(data: { id: string } & Record<string, unknown>, @MedusaContext() ctx: Context<SqlEntityManager> = {}) {
    const [plan] = (await ctx.transactionManager!.execute(`select status from kassa_installment_plan where id = ? and deleted_at is null for update`, [data.id])) as {
      status: string
    }[]
    if (!plan) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No installment plan ${data.id}`)
    if (plan.status !== "pending_approval") {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Plan ${data.id} is ${plan.status.replace("_", " ")}: only applications pending approval can be decided`)
    }
    await this.updateInstallmentPlans(data, ctx)
  }

  /**
   * Records a payment in one transaction: the plan row is locked first, so two cashiers
   * collecting on the same plan at once allocate one after the other against fresh balances;
   * the collecting branch's terms row is locked for the next receipt number, so numbers are
   * gapless per branch (a rollback gives the number back).
   */
  @InjectTransactionManager()
  async recordPayment(input: PaymentInput, @MedusaContext() ctx: Context<SqlEntityManager> = {}) {
    const em = ctx.transactionManager!
    const [plan] = (await em.execute(`select id, status from kassa_installment_plan where id = ? and deleted_at is null for update`, [input.plan_id])) as {
      id: string
      status: string
    }[]
    if (!plan) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No installment plan ${input.plan_id}`)
    if (plan.status !== "active") throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Plan ${plan.id} is ${plan.status}: payments are taken on active plans only`)

    const rows = (await this.listInstallments({ plan_id: plan.id }, { order: { sequence: "ASC" } }, ctx)) as unknown as InstallmentRow[]
    const open = rows.map(outstandingOf)
    const balance = sum(open.map((o) => o.fee + o.interest + o.principal))
    const quote = payoffQuote(open, input.today)
    if (input.payoff && input.amount !== quote.amount) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `The payoff amount today is ${pesoText(quote.amount)}, not ${pesoText(input.amount)}`)
    }
    const limit = input.payoff ? quote.amount : balance
    if (input.amount > limit) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `The payment ${pesoText(input.amount)} is more than the balance ${pesoText(balance)} (payoff today: ${pesoText(quote.amount)})`)
    }
    // A payoff waives the interest of installments not yet due before the payment is applied.
    const waived = new Map(input.payoff ? open.filter((o) => o.due_date > input.today && o.interest > 0).map((o) => [o.id, o.interest]) : [])
    const { allocations } = allocate(open.map((o) => (waived.has(o.id) ? { ...o, interest: 0 } : o)), input.amount)

    const receipt_number = await this.takeReceiptNumber(input.stock_location_id, input.branch_code, ctx)
    const [payment] = await this.createInstallmentPayments(
      [{
        ...(input.id ? { id: input.id } : {}),
        plan_id: plan.id,
        receipt_number,
        stock_location_id: input.stock_location_id,
        method: input.method,
        amount: toAmount(input.amount),
        reference: input.reference ?? null,
        is_payoff: input.payoff,
        note: input.note ?? null,
        collected_by: input.collected_by,
      }],
      ctx
    )
    await this.createPaymentAllocations(
      allocations.map((a) => ({ payment_id: payment.id, installment_id: a.installment_id, fee: toAmount(a.fee), interest: toAmount(a.interest), principal: toAmount(a.principal) })),
      ctx
    )

    const byId = new Map(allocations.map((a) => [a.installment_id, a]))
    const now = new Date()
    const updates = rows
      .filter((r) => byId.has(r.id) || waived.has(r.id))
      .map((r) => {
        const a = byId.get(r.id) ?? { fee: 0, interest: 0, principal: 0 }
        const o = open.find((x) => x.id === r.id)!
        const left = o.fee - a.fee + (o.interest - a.interest - (waived.get(r.id) ?? 0)) + o.principal - a.principal
        return {
          id: r.id,
          fee_paid: toAmount(toCentavos(r.fee_paid as number) + a.fee),
          interest_paid: toAmount(toCentavos(r.interest_paid as number) + a.interest),
          principal_paid: toAmount(toCentavos(r.principal_paid as number) + a.principal),
          interest_waived: toAmount(toCentavos(r.interest_waived as number) + (waived.get(r.id) ?? 0)),
          ...(left === 0 ? { status: "paid" as const, paid_at: now, days_past_due: 0 } : {}),
        }
      })
    if (updates.length) await this.updateInstallments(updates, ctx)
    await this.refreshPlanState(plan.id, input.today, ctx)
    return { payment_id: payment.id, receipt_number, allocations }
  }

  /**
   * Recomputes a plan's days past due from its unpaid installments, and completes it when nothing
   * is owed any more.
   */
  @InjectTransactionManager()
  async refreshPlanState(planId: string, today: string, @MedusaContext() ctx: Context<SqlEntityManager> = {}) {
    // The ORM holds this transaction's installment updates until flushed; the SQL below must see them.
    await ctx.transactionManager!.flush()
    await ctx.transactionManager!.execute(
      `update kassa_installment_plan p
          set days_past_due = coalesce((select max(greatest(0, ?::date - i.due_date::date)) from kassa_installment i
                                         where i.plan_id = p.id and i.status <> 'paid' and i.deleted_at is null), 0),
              status = case when p.status = 'active' and not exists (select 1 from kassa_installment i
                                 where i.plan_id = p.id and i.status <> 'paid' and i.deleted_at is null) then 'completed' else p.status end,
              completed_at = case when p.status = 'active' and not exists (select 1 from kassa_installment i
                                 where i.plan_id = p.id and i.status <> 'paid' and i.deleted_at is null) then now() else p.completed_at end,
              updated_at = now()
        where p.id = ?`,
      [today, planId]
    )
  }

  /**
   * The daily overdue pass for one plan on `today`: unpaid installments past their due date are
   * marked overdue with their days past due, and charged the late-fee periods they have earned
   * but not yet been charged. The plan row is locked, so two runs at once charge once.
   */
  @InjectTransactionManager()
  async applyOverdue(planId: string, today: string, @MedusaContext() ctx: Context<SqlEntityManager> = {}) {
    const em = ctx.transactionManager!
    const [plan] = (await em.execute(
      `select id, late_fee_type, late_fee, late_fee_grace_days, late_fee_period_days from kassa_installment_plan
        where id = ? and status = 'active' and deleted_at is null for update`,
      [planId]
    )) as { id: string; late_fee_type: "fixed" | "percent"; late_fee: string; late_fee_grace_days: number; late_fee_period_days: number }[]
    if (!plan) return { late_fees: 0, newly_overdue: [] as number[] }
    const rule = {
      type: plan.late_fee_type,
      value: plan.late_fee_type === "fixed" ? toCentavos(plan.late_fee) : toBasisPoints(plan.late_fee),
      grace_days: plan.late_fee_grace_days,
      period_days: plan.late_fee_period_days,
    }
    const rows = (await this.listInstallments({ plan_id: planId, status: ["pending", "overdue"], due_date: { $lt: today } }, {}, ctx)) as unknown as (InstallmentRow & {
      late_fee_periods: number
    })[]
    let charged = 0
    const updates = rows.map((r) => {
      const days = daysBetween(r.due_date, today)
      const periods = lateFeePeriods(days, rule)
      const o = outstandingOf(r)
      const fee = periods > r.late_fee_periods ? (periods - r.late_fee_periods) * lateFeeAmount(rule, o.principal + o.interest) : 0
      charged += fee
      return {
        id: r.id,
        status: "overdue" as const,
        days_past_due: days,
        late_fee_periods: Math.max(periods, r.late_fee_periods),
        fee_due: toAmount(toCentavos(r.fee_due as number) + fee),
      }
    })
    if (updates.length) await this.updateInstallments(updates, ctx)
    await this.refreshPlanState(planId, today, ctx)
    // Installments that fell overdue on this pass (pending until now), by sequence: what the plan's overdue event names.
    return { late_fees: charged, newly_overdue: rows.filter((r) => r.status === "pending").map((r) => Number(r.sequence)).sort((a, b) => a - b) }
  }

  /**
   * The dashboard's figures over active plans of the given branches: the
   * outstanding balance, overdue plans and what they owe overdue, what falls due today and what
   * was collected today (by the collecting branch, `today` in `timeZone`).
   */
  @InjectManager()
  async figures(
    input: { branches: BranchScope; today: string; time_zone: string },
    @MedusaContext() ctx: Context<SqlEntityManager> = {}
  ): Promise<{ outstanding: string; overdue_plans: number; overdue_amount: string; expected_today: string; collected_today: string; active_plans: number; pending_approval: number }> {
    const em = ctx.manager!
    const { branches } = input
    const scope = branches.all ? "" : branches.ids.length ? `and p.stock_location_id in (${branches.ids.map(() => "?").join(", ")})` : "and false"
    const scopeArgs = branches.all ? [] : branches.ids
    const [owed] = (await em.execute(
      `select coalesce(sum(o.owed), 0)::text as outstanding,
              count(distinct o.plan_id) filter (where o.status = 'overdue')::int as overdue_plans,
              coalesce(sum(o.owed) filter (where o.status = 'overdue'), 0)::text as overdue_amount,
              coalesce(sum(o.principal_due + o.interest_due + o.fee_due) filter (where o.due_date = ?), 0)::text as expected_today
         from (select i.plan_id, i.status, i.due_date, i.principal_due, i.interest_due, i.fee_due,
                      i.principal_due - i.principal_paid + i.interest_due - i.interest_paid - i.interest_waived + i.fee_due - i.fee_paid as owed
                 from kassa_installment i join kassa_installment_plan p on p.id = i.plan_id
                where p.status = 'active' and i.deleted_at is null and p.deleted_at is null ${scope}) o`,
      [input.today, ...scopeArgs]
    )) as { outstanding: string; overdue_plans: number; overdue_amount: string; expected_today: string }[]
    const [collected] = (await em.execute(
      `select coalesce(sum(p.amount), 0)::text as collected_today from kassa_installment_payment p
        where p.deleted_at is null and (p.created_at at time zone ?)::date = ?::date ${scope}`,
      [input.time_zone, input.today, ...scopeArgs]
    )) as { collected_today: string }[]
    const [counts] = (await em.execute(
      `select count(*) filter (where p.status = 'active')::int as active_plans, count(*) filter (where p.status = 'pending_approval')::int as pending_approval
         from kassa_installment_plan p where p.deleted_at is null ${scope}`,
      scopeArgs
    )) as { active_plans: number; pending_approval: number }[]
    const money = (v: string) => pesos(toCentavos(v))
    return {
      outstanding: money(owed.outstanding),
      overdue_plans: owed.overdue_plans,
      overdue_amount: money(owed.overdue_amount),
      expected_today: money(owed.expected_today),
      collected_today: money(collected.collected_today),
      ...counts,
    }
  }

  /** The collecting branch's next payment-receipt number, e.g. MNL-IP-000042 (see recordPayment). */
  @InjectTransactionManager()
  protected async takeReceiptNumber(stockLocationId: string, branchCode: string, @MedusaContext() ctx: Context<SqlEntityManager> = {}) {
    await this.ensureTermsRow(stockLocationId, ctx)
    const [row] = (await ctx.transactionManager!.execute(
      `update kassa_installment_terms set receipt_last = receipt_last + 1, updated_at = now()
        where stock_location_id = ? and deleted_at is null returning receipt_prefix, receipt_last`,
      [stockLocationId]
    )) as { receipt_prefix: string; receipt_last: number }[]
    return `${branchCode}-${row.receipt_prefix}-${String(row.receipt_last).padStart(6, "0")}`
  }

  /**
   * Claims a reminder before it is sent. Returns false when it was claimed before (by an
   * earlier or a concurrent run of the job): the unique index decides, not a prior read.
   */
  @InjectTransactionManager()
  async claimReminder(
    input: { installment_id: string; plan_id: string; kind: "before_due" | "overdue"; sent_to: string },
    @MedusaContext() ctx: Context<SqlEntityManager> = {}
  ): Promise<string | null> {
    const rows = (await ctx.transactionManager!.execute(
      `insert into kassa_installment_reminder (id, installment_id, plan_id, kind, sent_to)
       values ('irem_' || replace(gen_random_uuid()::text, '-', ''), ?, ?, ?, ?)
       on conflict (installment_id, kind) where deleted_at is null do nothing returning id`,
      [input.installment_id, input.plan_id, input.kind, input.sent_to]
    )) as { id: string }[]
    return rows[0]?.id ?? null
  }
}
