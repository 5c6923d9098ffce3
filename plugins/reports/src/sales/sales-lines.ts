import { DEFAULT_TIMEZONE, type BranchScope } from "@kassa/core/kit"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"

export type Knexish = { raw: (sql: string, bindings: unknown[]) => Promise<{ rows: unknown[] }> }
export const pgOf = (container: MedusaContainer) => container.resolve<Knexish>(ContainerRegistrationKeys.PG_CONNECTION)

/** The store's default currency: the figures are in it (orders in another currency are left out). */
export async function storeCurrency(container: MedusaContainer) {
  const [store] = await container.resolve(Modules.STORE).listStores({}, { relations: ["supported_currencies"] })
  return store?.supported_currencies?.find((c) => c.is_default)?.currency_code ?? store?.supported_currencies?.[0]?.currency_code ?? "php"
}

export type LinesWindow = {
  scope: BranchScope
  currency: string
  from: Date
  to: Date
  /**
   * One page of orders for an export: those of the local days [from, to] after the cursor (the
   * order's creation, then its id), oldest first, at most `orders` of them. Only that page's
   * lines are priced, so each page costs the same however long the export.
   */
  page?: { days: { from: string; to: string }; after: { at: string; id: string } | null; orders: number }
}

/**
 * Every sold line that still counts, as one SQL `with` list ending in `line`: orders of every
 * channel (counter and web), neither canceled nor voided at the counter, in the store's currency,
 * created in [from, to) — a UTC window the callers widen by a day on each side and then narrow by
 * each branch's local date (`day`, `local_at`).
 *
 * - An order's branch is its counter ticket's, else the branch whose sales channel it came
 *   through, else none (its time zone then Kassa's default).
 * - Units kept are the units sold less those returned (received or dismissed): a return takes its
 *   share off the sale it came from, on the sale's day. An exchange's new goods are lines of the
 *   same order.
 * - `gross` is what the customer pays for the units kept, tax included, after the line's
 *   discounts (Medusa keeps a ticket's discount as adjustments on its lines); `net` the same
 *   without tax; `discount` the adjustments' share of the kept units, tax included.
 * - `cost` is the variant's cost in core's cost module times the units kept, null when the
 *   variant has none: a sale records no cost of its own, so a later change of cost moves the
 *   margin of past sales (see the README).
 */
export function linesCte(w: LinesWindow): [string, unknown[]] {
  const scoped = w.scope.all ? "" : "where p.location_id = any(?::text[])"
  const sql = `branch as (
      select b.stock_location_id, b.sales_channel_id, b.code, coalesce(nullif(b.timezone, ''), ?) as tz, b.created_at
        from kassa_branch b where b.deleted_at is null
    ), sale as (
      select o.id, o.version, o.created_at, o.currency_code, o.display_id, t.receipt_number, t.id as ticket_id,
             coalesce(t.stock_location_id, ch.stock_location_id) as location_id
        from "order" o
        left join kassa_pos_ticket t on t.order_id = o.id and t.deleted_at is null
        left join lateral (
          select b.stock_location_id from branch b where t.id is null and b.sales_channel_id = o.sales_channel_id order by b.created_at limit 1
        ) ch on true
       where o.deleted_at is null and o.is_draft_order = false and o.status <> 'canceled'
         and coalesce(t.status, 'completed') <> 'voided' and o.currency_code = ?
         and o.created_at >= ?::timestamptz and o.created_at < ?::timestamptz
    ), placed as (
      select p.*, b.code as branch_code, coalesce(b.tz, ?) as tz, (p.created_at at time zone coalesce(b.tz, ?)) as local_at
        from sale p left join branch b on b.stock_location_id = p.location_id
       ${scoped}
       ${w.page ? `${scoped ? "and" : "where"} (p.created_at at time zone coalesce(b.tz, ?))::date between ?::date and ?::date
         ${w.page.after ? "and (p.created_at, p.id) > (?::timestamptz, ?)" : ""}
       order by p.created_at, p.id limit ${Number(w.page.orders)}` : ""}
    ), priced as (
      select p.id as order_id, p.location_id, p.branch_code, p.tz, p.local_at, p.created_at, p.currency_code,
             p.receipt_number, p.display_id, p.ticket_id, oi.id as item_id, li.product_id, li.variant_id,
             coalesce(li.product_title, li.title) as title, li.variant_title,
             oi.quantity as sold,
             oi.quantity - coalesce(oi.return_received_quantity, 0) - coalesce(oi.return_dismissed_quantity, 0) as kept,
             coalesce(tax.rate, 0) / 100 as rate,
             case when li.is_tax_inclusive then 1 else 1 + coalesce(tax.rate, 0) / 100 end
               * coalesce(oi.unit_price, li.unit_price) * oi.quantity as list_gross,
             coalesce(adj.inclusive, 0) + coalesce(adj.exclusive, 0) * (1 + coalesce(tax.rate, 0) / 100) as discount_gross
        from placed p
        join order_item oi on oi.order_id = p.id and oi.version = p.version and oi.deleted_at is null
        join order_line_item li on li.id = oi.item_id and li.deleted_at is null
        left join lateral (
          select sum(t.rate) as rate from order_line_item_tax_line t where t.item_id = li.id and t.deleted_at is null
        ) tax on true
        left join lateral (
          select sum(a.amount) filter (where a.is_tax_inclusive) as inclusive, sum(a.amount) filter (where not a.is_tax_inclusive) as exclusive
            from order_line_item_adjustment a where a.item_id = li.id and a.deleted_at is null
        ) adj on true
    ), line as (
      select q.*, q.local_at::date as day,
             case when q.sold > 0 then (q.list_gross - q.discount_gross) * q.kept / q.sold else 0 end as gross,
             case when q.sold > 0 then (q.list_gross - q.discount_gross) * q.kept / q.sold / (1 + q.rate) else 0 end as net,
             case when q.sold > 0 then q.discount_gross * q.kept / q.sold else 0 end as discount,
             vc.amount * q.kept as cost
        from priced q
        left join variant_cost vc on vc.variant_id = q.variant_id and vc.currency_code = q.currency_code and vc.deleted_at is null
    )`
  const binds: unknown[] = [DEFAULT_TIMEZONE, w.currency, w.from.toISOString(), w.to.toISOString(), DEFAULT_TIMEZONE, DEFAULT_TIMEZONE]
  if (!w.scope.all) binds.push(w.scope.ids)
  if (w.page) binds.push(DEFAULT_TIMEZONE, w.page.days.from, w.page.days.to, ...(w.page.after ? [w.page.after.at, w.page.after.id] : []))
  return [sql, binds]
}

/** A numeric sum to integer centavos, rounded half away from zero once, in SQL (text: no float on the way). */
export const centavos = (expr: string) => `round(coalesce(${expr}, 0) * 100)::bigint::text`
