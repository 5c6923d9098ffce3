import type { Context } from "@medusajs/framework/types"
import { InjectManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import { GiftSale } from "./models"

/** What the report narrows by (period of sale, branches, product, the user credited with the sale). */
export type GiftSaleFilters = { from?: Date; to?: Date; stock_location_ids?: string[]; product_id?: string; sold_by?: string }

export type GiftSaleRow = {
  id: string
  order_id: string
  line_id: string
  stock_location_id: string
  product_id: string
  variant_id: string
  title: string
  quantity: number
  unit_value: string
  value: string
  currency_code: string
  reason: string
  marked_by: string
  approved_by: string
  sold_by: string | null
  sold_at: Date
}

const ROW_COLUMNS = `id, order_id, line_id, stock_location_id, product_id, variant_id, title, quantity, unit_value::numeric(20,2)::text as unit_value,
  value::numeric(20,2)::text as value, currency_code, reason, marked_by, approved_by, sold_by, sold_at`

/** The filters as SQL over sold gifts (never the marks still on open tickets). */
function where(f: GiftSaleFilters & { order_ids?: string[] }) {
  const sql = ["deleted_at is null", "order_id is not null"]
  const params: unknown[] = []
  const add = (clause: string, value: unknown) => {
    if (value === undefined) return
    sql.push(clause)
    params.push(value)
  }
  // knex spreads an array bound to "?" into a list: "in (?)", and an empty list matches nothing.
  const addIn = (column: string, values: string[] | undefined) => {
    if (values === undefined) return
    if (values.length) add(`${column} in (?)`, values)
    else sql.push("false")
  }
  add("sold_at >= ?", f.from)
  add("sold_at < ?", f.to)
  addIn("stock_location_id", f.stock_location_ids)
  add("product_id = ?", f.product_id)
  add("sold_by = ?", f.sold_by)
  addIn("order_id", f.order_ids)
  return { sql: sql.join(" and "), params }
}

/**
 * Gift lines: marked on a ticket, then sold at zero. Whether a sale still stands is the POS's to
 * say (its ticket completed): the report first asks which of the candidate orders do, then
 * counts only theirs, so a voided sale drops out without this module hearing of the void.
 */
export default class GiftSaleModuleService extends MedusaService({ GiftSale }) {
  /** The orders of sold gifts matching the filters, before asking whether they stand. */
  @InjectManager()
  async soldOrders(filters: GiftSaleFilters, @MedusaContext() ctx: Context<SqlEntityManager> = {}) {
    const w = where(filters)
    const rows = (await ctx.manager!.execute(`select distinct order_id from kassa_gift_sale where ${w.sql}`, w.params)) as { order_id: string }[]
    return rows.map((r) => r.order_id)
  }

  /** One page of sold gifts (newest first) on `order_ids`, with the count and totals of all of them per currency. */
  @InjectManager()
  async report(filters: GiftSaleFilters & { order_ids: string[] }, page: { offset: number; limit: number }, @MedusaContext() ctx: Context<SqlEntityManager> = {}) {
    const em = ctx.manager!
    const w = where(filters)
    const [rows, totals] = await Promise.all([
      em.execute(`select ${ROW_COLUMNS} from kassa_gift_sale where ${w.sql} order by sold_at desc, id limit ? offset ?`, [...w.params, page.limit, page.offset]) as Promise<GiftSaleRow[]>,
      em.execute(
        `select currency_code, count(*)::int as count, sum(quantity)::int as quantity, sum(value)::numeric(20,2)::text as value
           from kassa_gift_sale where ${w.sql} group by currency_code order by currency_code`,
        w.params
      ) as Promise<{ currency_code: string; count: number; quantity: number; value: string }[]>,
    ])
    return {
      rows,
      count: totals.reduce((n, t) => n + t.count, 0),
      totals: totals.map((t) => ({ currency_code: t.currency_code, quantity: t.quantity, value: t.value })),
    }
  }
}
