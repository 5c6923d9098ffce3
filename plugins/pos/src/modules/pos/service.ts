import type { Context } from "@medusajs/framework/types"
import { InjectManager, InjectTransactionManager, MedusaContext, MedusaError, MedusaService } from "@medusajs/framework/utils"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import { BranchSettings } from "./models/branch-settings"
import { CheckoutKey } from "./models/checkout-key"
import { Commission } from "./models/commission"
import { Tender } from "./models/tender"
import { Ticket } from "./models/ticket"
import { TicketLine } from "./models/ticket-line"
import { receiptParts } from "./receipt-pattern"

type SettingsRow = { receipt_pattern: string; receipt_period: string | null; receipt_last: number }

export default class PosModuleService extends MedusaService({ Ticket, TicketLine, Tender, BranchSettings, Commission, CheckoutKey }) {
  /** The branch's counter settings, created with the defaults on first use. */
  async settingsFor(stockLocationId: string) {
    const [found] = await this.listBranchSettings({ stock_location_id: stockLocationId })
    if (found) return found
    await this.ensureSettingsRow(stockLocationId)
    return (await this.listBranchSettings({ stock_location_id: stockLocationId }))[0]
  }

  @InjectTransactionManager()
  protected async ensureSettingsRow(stockLocationId: string, @MedusaContext() ctx: Context<SqlEntityManager> = {}) {
    await ctx.transactionManager!.execute(
      `insert into kassa_pos_branch_settings (id, stock_location_id) values ('ppbs_' || replace(gen_random_uuid()::text, '-', ''), ?)
       on conflict (stock_location_id) where deleted_at is null do nothing`,
      [stockLocationId]
    )
  }

  /** Each agent's orders, commission base and commission at a branch over a period. */
  @InjectManager()
  async commissionTotals(
    filters: { stock_location_id: string; from: Date; to: Date; staff_member_id?: string },
    @MedusaContext() ctx: Context<SqlEntityManager> = {}
  ): Promise<{ staff_member_id: string; orders: number; base_total: string; commission_total: string }[]> {
    const rows = (await ctx.manager!.execute(
      `select staff_member_id, count(*)::int as orders, sum(base_amount)::text as base_total, sum(amount)::text as commission_total
         from kassa_pos_commission
        where deleted_at is null and stock_location_id = ? and created_at >= ? and created_at < ?
          ${filters.staff_member_id ? "and staff_member_id = ?" : ""}
        group by staff_member_id order by sum(amount) desc`,
      [filters.stock_location_id, filters.from, filters.to, ...(filters.staff_member_id ? [filters.staff_member_id] : [])]
    )) as { staff_member_id: string; orders: number; base_total: string; commission_total: string }[]
    return rows
  }

  /**
   * Completes a sale in one transaction: takes the branch's next receipt number (its settings
   * row locked until commit, so two registers never get the same one and a rollback gives it
   * back), marks the ticket completed with its order, and settles the idempotency key.
   */
  @InjectTransactionManager()
  async completeSale(
    input: { ticket_id: string; order_id: string; stock_location_id: string; branch_code: string; time_zone: string; checkout_key: string; at: Date },
    @MedusaContext() ctx: Context<SqlEntityManager> = {}
  ): Promise<string> {
    const em = ctx.transactionManager!
    await this.ensureSettingsRow(input.stock_location_id, ctx)
    const [row] = (await em.execute(
      `select receipt_pattern, receipt_period, receipt_last from kassa_pos_branch_settings where stock_location_id = ? for update`,
      [input.stock_location_id]
    )) as SettingsRow[]
    const { period, format } = receiptParts(row.receipt_pattern, input.branch_code, input.at, input.time_zone)
    const next = row.receipt_period === period ? Number(row.receipt_last) + 1 : 1
    const receipt = format(next)
    await em.execute(
      `update kassa_pos_branch_settings set receipt_period = ?, receipt_last = ?, updated_at = now() where stock_location_id = ?`,
      [period, next, input.stock_location_id]
    )
    const updated = (await em.execute(
      `update kassa_pos_ticket set status = 'completed', order_id = ?, receipt_number = ?, completed_at = ?, updated_at = now()
        where id = ? and status in ('open', 'parked') returning id`,
      [input.order_id, receipt, input.at, input.ticket_id]
    )) as unknown[]
    if (!updated.length) throw new MedusaError(MedusaError.Types.CONFLICT, `Ticket ${input.ticket_id} was completed or voided meanwhile`)
    await em.execute(`update kassa_pos_checkout_key set status = 'completed', order_id = ?, updated_at = now() where key = ?`, [
      input.order_id,
      input.checkout_key,
    ])
    return receipt
  }
}
