import type { Context } from "@medusajs/framework/types"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import { InjectTransactionManager, MedusaContext, MedusaError, MedusaService } from "@medusajs/framework/utils"
import { centavosAmount, centavosDecimal, toCentavos } from "@kassa/core/kit"
import { Preorder, PreorderPayment, PreorderSettings } from "./models"

export type PreorderKind = "preorder" | "layaway"
export type PreorderStatus = "awaiting_stock" | "ready" | "collected" | "shipped" | "delivered" | "canceled" | "expired"
export const OPEN_STATUSES: PreorderStatus[] = ["awaiting_stock", "ready"]

export type BranchRules = {
  stock_location_id: string
  deposit_percent: number
  /** Centavos; 0: none. */
  deposit_amount: number
  cancel_fee_percent: number
  layaway_days: number
  reminder_days: number
}

/** What a branch starts with (the model's defaults): 20 % deposit, no fee, 30-day layaways, reminders every 3 days. */
export const DEFAULT_RULES = { deposit_percent: 20, deposit_amount: 0, cancel_fee_percent: 0, layaway_days: 30, reminder_days: 3 }

export type OpenInput = {
  kind: PreorderKind
  stock_location_id: string
  branch_code: string
  customer_id: string
  variant_id: string
  inventory_item_id: string
  title: string
  quantity: number
  currency_code: string
  /** Centavos. */
  unit_price: number
  expected_at: Date | null
  expires_at: Date | null
  note: string | null
  created_by: string
  deposit: { tender: string; amount: number }
}

export type PaymentInput = { preorder_id: string; tender: string; amount: number; stock_location_id: string; created_by: string }
export type CloseInput = { preorder_id: string; status: "canceled" | "expired"; reason: string; fee_percent: number; stock_location_id: string; closed_by: string }
export type Refund = { id: string; tender: string; amount: number; receipt_number: string }

type Locked = { id: string; number: string; status: PreorderStatus; total: string; stock_location_id: string; reservation_id: string | null; inventory_item_id: string; quantity: number }

const notAllowed = (message: string) => new MedusaError(MedusaError.Types.NOT_ALLOWED, message)

/**
 * Pre-orders, their payments and each branch's rules. Every write to a pre-order's money or
 * status first locks its row (`for update`): two payments at two branches that both read the
 * balance before either wrote would otherwise both pass the "not more than owed" check, and a
 * cancel racing a payment could refund less than was paid.
 */
export default class PreordersModuleService extends MedusaService({ Preorder, PreorderPayment, PreorderSettings }) {
  /** The branch's rules: its row, or the defaults while it has none (a read writes nothing). */
  @InjectTransactionManager()
  async rulesAt(stockLocationId: string, @MedusaContext() ctx: Context<SqlEntityManager> = {}): Promise<BranchRules> {
    const [row] = (await ctx.transactionManager!.execute(
      `select stock_location_id, deposit_percent, coalesce(deposit_amount, 0)::text as deposit_amount, cancel_fee_percent, layaway_days, reminder_days
         from kassa_preorder_settings where stock_location_id = ? and deleted_at is null`,
      [stockLocationId]
    )) as (Omit<BranchRules, "deposit_amount"> & { deposit_amount: string })[]
    return row ? { ...row, deposit_amount: toCentavos(row.deposit_amount) } : { stock_location_id: stockLocationId, ...DEFAULT_RULES }
  }

  /** The branch's row, made with the defaults when it has none (two at once: the unique index lets one insert win). */
  @InjectTransactionManager()
  protected async ensureRules(stockLocationId: string, @MedusaContext() ctx: Context<SqlEntityManager> = {}) {
    await ctx.transactionManager!.execute(
      `insert into kassa_preorder_settings (id, stock_location_id) values ('pordset_' || replace(gen_random_uuid()::text, '-', ''), ?)
       on conflict (stock_location_id) where deleted_at is null do nothing`,
      [stockLocationId]
    )
  }

  @InjectTransactionManager()
  async updateRules(stockLocationId: string, data: Partial<Omit<BranchRules, "stock_location_id">>, @MedusaContext() ctx: Context<SqlEntityManager> = {}) {
    const before = await this.rulesAt(stockLocationId, ctx)
    await this.ensureRules(stockLocationId, ctx)
    const [row] = await this.listPreorderSettings({ stock_location_id: stockLocationId }, { take: 1 }, ctx)
    const { deposit_amount, ...rest } = data
    await this.updatePreorderSettings(
      { id: row.id, ...rest, ...(deposit_amount !== undefined ? { deposit_amount: deposit_amount ? centavosAmount(deposit_amount) : null } : {}) },
      ctx
    )
    return before
  }

  /** The least deposit the branch takes on `total` centavos: its percent, or its fixed amount when higher (never above the total). */
  static minimumDeposit(rules: BranchRules, total: number) {
    return Math.min(total, Math.max(Math.ceil((total * rules.deposit_percent) / 100), rules.deposit_amount))
  }

  /**
   * A new pre-order with its number (the branch's series, taken under its settings row's lock,
   * so two at once never share one) and its deposit, in one transaction.
   */
  @InjectTransactionManager()
  async open(input: OpenInput, @MedusaContext() ctx: Context<SqlEntityManager> = {}) {
    const em = ctx.transactionManager!
    await this.ensureRules(input.stock_location_id, ctx)
    const [{ last_number }] = (await em.execute(
      `update kassa_preorder_settings set last_number = last_number + 1 where stock_location_id = ? and deleted_at is null returning last_number`,
      [input.stock_location_id]
    )) as { last_number: number }[]
    const number = `${input.kind === "layaway" ? "LA" : "PO"}-${input.branch_code}-${String(last_number).padStart(6, "0")}`
    const [preorder] = await this.createPreorders(
      [
        {
          number,
          kind: input.kind,
          status: "awaiting_stock",
          stock_location_id: input.stock_location_id,
          customer_id: input.customer_id,
          variant_id: input.variant_id,
          inventory_item_id: input.inventory_item_id,
          title: input.title,
          quantity: input.quantity,
          currency_code: input.currency_code,
          unit_price: centavosAmount(input.unit_price),
          total: centavosAmount(input.unit_price * input.quantity),
          expected_at: input.expected_at,
          expires_at: input.expires_at,
          note: input.note,
          created_by: input.created_by,
        },
      ],
      ctx
    )
    const [deposit] = await this.createPreorderPayments(
      [
        {
          preorder_id: preorder.id,
          type: "deposit",
          tender: input.deposit.tender,
          amount: centavosAmount(input.deposit.amount),
          stock_location_id: input.stock_location_id,
          receipt_number: `${number}-1`,
          created_by: input.created_by,
        },
      ],
      ctx
    )
    return { id: preorder.id as string, number, deposit_id: deposit.id as string }
  }

  /** Removes a pre-order just opened and its payments (the take's compensation). */
  @InjectTransactionManager()
  async discard(id: string, @MedusaContext() ctx: Context<SqlEntityManager> = {}) {
    const em = ctx.transactionManager!
    await em.execute(`delete from kassa_preorder_payment where preorder_id = ?`, [id])
    await em.execute(`delete from kassa_preorder where id = ?`, [id])
  }

  @InjectTransactionManager()
  protected async lock(id: string, @MedusaContext() ctx: Context<SqlEntityManager> = {}): Promise<Locked> {
    const [row] = (await ctx.transactionManager!.execute(
      `select id, number, status, total::text as total, stock_location_id, reservation_id, inventory_item_id, quantity
         from kassa_preorder where id = ? and deleted_at is null for update`,
      [id]
    )) as Locked[]
    if (!row) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No pre-order ${id}`)
    return row
  }

  @InjectTransactionManager()
  protected async paymentsOf(id: string, @MedusaContext() ctx: Context<SqlEntityManager> = {}) {
    return (await ctx.transactionManager!.execute(
      `select id, type, tender, amount::text as amount, receipt_number from kassa_preorder_payment where preorder_id = ? and deleted_at is null order by created_at, receipt_number`,
      [id]
    )) as { id: string; type: string; tender: string; amount: string; receipt_number: string }[]
  }

  /** What was paid and what is still owed, in centavos. */
  @InjectTransactionManager()
  async balanceOf(id: string, @MedusaContext() ctx: Context<SqlEntityManager> = {}) {
    const [row] = (await this.listPreorders({ id }, { select: ["id", "total"], take: 1 }, ctx)) as unknown as { total: number }[]
    if (!row) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No pre-order ${id}`)
    const paid = (await this.paymentsOf(id, ctx)).reduce((s, p) => s + toCentavos(p.amount), 0)
    const total = toCentavos(row.total)
    return { total, paid, balance: total - paid }
  }

  /** A payment towards the balance, at any branch: never more than is owed, never on a closed pre-order. */
  @InjectTransactionManager()
  async pay(input: PaymentInput, @MedusaContext() ctx: Context<SqlEntityManager> = {}) {
    const preorder = await this.lock(input.preorder_id, ctx)
    if (!OPEN_STATUSES.includes(preorder.status)) throw notAllowed(`Pre-order ${preorder.number} is ${preorder.status.replace("_", " ")}: it takes no payments`)
    const payments = await this.paymentsOf(preorder.id, ctx)
    const paid = payments.reduce((s, p) => s + toCentavos(p.amount), 0)
    const balance = toCentavos(preorder.total) - paid
    if (input.amount > balance) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `The payment ${centavosDecimal(input.amount)} is more than the balance ${centavosDecimal(balance)} of pre-order ${preorder.number}`)
    }
    const [payment] = await this.createPreorderPayments(
      [
        {
          preorder_id: preorder.id,
          type: "payment",
          tender: input.tender,
          amount: centavosAmount(input.amount),
          stock_location_id: input.stock_location_id,
          receipt_number: `${preorder.number}-${payments.length + 1}`,
          created_by: input.created_by,
        },
      ],
      ctx
    )
    return { id: payment.id as string, receipt_number: payment.receipt_number as string, paid: paid + input.amount, balance: balance - input.amount }
  }

  /** Takes back a payment just recorded (a later step of its workflow failed). */
  @InjectTransactionManager()
  async unpay(paymentId: string, @MedusaContext() ctx: Context<SqlEntityManager> = {}) {
    await ctx.transactionManager!.execute(`delete from kassa_preorder_payment where id = ?`, [paymentId])
  }

  /** The fee and what goes back in each tender (kept from the tenders paid last), in centavos. */
  static refundsOf(payments: { tender: string; amount: string }[], feePercent: number) {
    const byTender = new Map<string, number>()
    for (const p of payments) byTender.set(p.tender, (byTender.get(p.tender) ?? 0) + toCentavos(p.amount))
    const paid = [...byTender.values()].reduce((s, v) => s + v, 0)
    const fee = Math.min(paid, Math.round((paid * feePercent) / 100))
    let keep = fee
    const back = [...byTender].reverse().map(([tender, amount]) => {
      const kept = Math.min(keep, amount)
      keep -= kept
      return { tender, amount: amount - kept }
    }).reverse().filter((r) => r.amount > 0)
    return { fee, back }
  }

  /** What a cancellation now would refund per tender (read without the lock: the close decides again under it). */
  @InjectTransactionManager()
  async refundPlan(id: string, feePercent: number, @MedusaContext() ctx: Context<SqlEntityManager> = {}) {
    return PreordersModuleService.refundsOf(await this.paymentsOf(id, ctx), feePercent)
  }

  /**
   * Closes an open pre-order (canceled or expired): every tender it was paid in gets its money
   * back as a refund row in that tender, less the branch's cancellation fee (a percent of what
   * was paid, kept from the tenders paid last).
   */
  @InjectTransactionManager()
  async close(input: CloseInput, @MedusaContext() ctx: Context<SqlEntityManager> = {}) {
    const preorder = await this.lock(input.preorder_id, ctx)
    if (!OPEN_STATUSES.includes(preorder.status)) throw notAllowed(`Pre-order ${preorder.number} is already ${preorder.status.replace("_", " ")}`)
    const payments = await this.paymentsOf(preorder.id, ctx)
    const { fee, back } = PreordersModuleService.refundsOf(payments, input.fee_percent)
    const refunds = back.length
      ? await this.createPreorderPayments(
          back.map((r, i) => ({
            preorder_id: preorder.id,
            type: "refund" as const,
            tender: r.tender,
            amount: centavosAmount(-r.amount),
            stock_location_id: input.stock_location_id,
            receipt_number: `${preorder.number}-${payments.length + 1 + i}`,
            created_by: input.closed_by,
          })),
          ctx
        )
      : []
    await this.updatePreorders(
      { id: preorder.id, status: input.status, closed_at: new Date(), closed_by: input.closed_by, closed_at_location_id: input.stock_location_id, close_reason: input.reason },
      ctx
    )
    return {
      id: preorder.id,
      number: preorder.number,
      previous_status: preorder.status,
      fee,
      refunds: refunds.map((r) => ({ id: r.id as string, tender: r.tender as string, amount: -toCentavos(r.amount as never), receipt_number: r.receipt_number as string })),
    }
  }

  /**
   * A delivery asked for on a ready pre-order: the address kept and the fee added to what is
   * owed (as a line of its own in `delivery.fee`), under the pre-order's lock.
   */
  @InjectTransactionManager()
  async addDelivery(input: { id: string; address: Record<string, unknown>; fee: number }, @MedusaContext() ctx: Context<SqlEntityManager> = {}) {
    const p = await this.lock(input.id, ctx)
    if (p.status !== "ready") throw notAllowed(`Pre-order ${p.number} is ${p.status.replace("_", " ")}: only a ready one is delivered`)
    const [row] = (await ctx.transactionManager!.execute(`select delivery from kassa_preorder where id = ?`, [p.id])) as { delivery: unknown }[]
    if (row.delivery) throw notAllowed(`Pre-order ${p.number} already has a delivery`)
    await this.updatePreorders({ id: p.id, total: centavosAmount(toCentavos(p.total) + input.fee), delivery: { address: input.address, fee: centavosDecimal(input.fee), fulfillment_id: null } }, ctx)
    return { id: p.id, fee: input.fee }
  }

  /** Takes a delivery back (a later step of its workflow failed): the fee off the total. */
  @InjectTransactionManager()
  async removeDelivery(input: { id: string; fee: number }, @MedusaContext() ctx: Context<SqlEntityManager> = {}) {
    const p = await this.lock(input.id, ctx)
    await this.updatePreorders({ id: p.id, total: centavosAmount(toCentavos(p.total) - input.fee), delivery: null }, ctx)
  }

  /** Shipped → delivered, as one conditional update (two at once: one wins); false when it was not shipped. */
  @InjectTransactionManager()
  async markDelivered(id: string, closedBy: string, @MedusaContext() ctx: Context<SqlEntityManager> = {}) {
    const rows = (await ctx.transactionManager!.execute(
      `update kassa_preorder set status = 'delivered', closed_at = now(), closed_by = ?, updated_at = now() where id = ? and status = 'shipped' returning id`,
      [closedBy, id]
    )) as unknown[]
    return rows.length > 0
  }

  /** Reopens a pre-order a failed cancel closed, its refunds taken back. */
  @InjectTransactionManager()
  async reopen(input: { id: string; status: PreorderStatus; refund_ids: string[] }, @MedusaContext() ctx: Context<SqlEntityManager> = {}) {
    if (input.refund_ids.length) await ctx.transactionManager!.execute(`delete from kassa_preorder_payment where id = any(?)`, [input.refund_ids])
    await this.updatePreorders({ id: input.id, status: input.status, closed_at: null, closed_by: null, closed_at_location_id: null, close_reason: null }, ctx)
  }
}
