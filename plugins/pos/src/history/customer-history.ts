import type { BranchScope } from "@kassa/core/kit"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MathBN } from "@medusajs/framework/utils"
import { money } from "../sale/money"
import { staffNames } from "../sale/staff-names"
import type { CustomerHistory, HistoryReceipt } from "./types"

/**
 * A customer's purchase history, read straight from Medusa's order tables and the POS's own in
 * a few aggregate queries. A read model, not a module: the figures span the order module, the
 * payment module's link and Kassa's tickets, and `query.graph` cannot sum or group — loading a
 * customer's 5,000 orders to add them up in Node is what this avoids (bench/customer-history).
 *
 * Every query starts from `customer_orders`: the customer's orders (counter and web alike, drafts
 * and deleted ones left out), each with the branch it belongs to — the counter sale's branch, else
 * the branch whose sales channel the order came through, else none (a web order of the store's
 * own channel) — narrowed to the branches the caller may see.
 */

type Knexish = { raw: (sql: string, bindings: unknown[]) => Promise<{ rows: unknown[] }> }

/** A branch-limited caller sees only orders of their branches; orders of no branch are every-branch staff's. */
function ordersCte(customerId: string, scope: BranchScope): [string, unknown[]] {
  const sql = `customer_orders as (
    select o.id, o.display_id, o.custom_display_id, o.status, o.currency_code, o.created_at, o.version, o.sales_channel_id,
           t.id as ticket_id, t.receipt_number, t.status as ticket_status, t.opened_by, t.sales_agent_id, t.register_id,
           t.sale_total, coalesce(t.stock_location_id, ch.stock_location_id) as location_id
      from "order" o
      left join kassa_pos_ticket t on t.order_id = o.id and t.deleted_at is null
      left join lateral (
        select b.stock_location_id from kassa_branch b
         where t.id is null and b.sales_channel_id = o.sales_channel_id and b.deleted_at is null
         order by b.created_at limit 1
      ) ch on true
     where o.customer_id = ? and o.deleted_at is null and o.is_draft_order = false
  ), visible_orders as (
    select * from customer_orders ${scope.all ? "" : "where location_id = any(?::text[])"}
  ), counted_orders as (
    -- What a figure counts: neither canceled nor voided.
    select * from visible_orders where status <> 'canceled' and coalesce(ticket_status, 'completed') <> 'voided'
  )`
  return [sql, scope.all ? [customerId] : [customerId, scope.ids]]
}

const pg = (container: MedusaContainer) => container.resolve<Knexish>(ContainerRegistrationKeys.PG_CONNECTION)

/**
 * The figures of the history route in one statement: the customer's orders are read once and
 * every figure is taken from that one set (three statements read them three times, and on a
 * busy two-core server that was most of the route's time). Sums leave PostgreSQL as text, so
 * no amount passes through a JavaScript number.
 */
export async function customerHistory(container: MedusaContainer, customerId: string, scope: BranchScope): Promise<CustomerHistory> {
  const [cte, binds] = ordersCte(customerId, scope)
  const { rows } = await pg(container).raw(
    `with ${cte}, paid as (
       select tr.order_id, sum(tr.amount) as net
         from order_transaction tr join counted_orders c on c.id = tr.order_id
        where tr.deleted_at is null
        group by tr.order_id
     ), totals as (
       select c.currency_code,
              count(*)::int as visits,
              coalesce(sum(p.net), 0)::text as spend,
              count(*) filter (where c.created_at >= now() - interval '12 months')::int as visits_12m,
              coalesce(sum(p.net) filter (where c.created_at >= now() - interval '12 months'), 0)::text as spend_12m,
              max(c.created_at) as last_at
         from counted_orders c left join paid p on p.order_id = c.id
        group by c.currency_code
     ), favourite as (
       -- Ties go to the branch visited last.
       select c.location_id, count(*)::int as visits, max(b.code) as code, max(sl.name) as name
         from counted_orders c
         left join kassa_branch b on b.stock_location_id = c.location_id and b.deleted_at is null
         left join stock_location sl on sl.id = c.location_id
        where c.location_id is not null
        group by c.location_id
        order by count(*) desc, max(c.created_at) desc
        limit 1
     ), lines as (
       -- A line's units less those that came back; its spend the price of what was kept, after its
       -- discounts (order-level adjustments are on the lines), before tax where prices exclude it.
       select coalesce(li.product_id, li.title) as product_key, li.product_id,
              coalesce(li.product_title, li.title) as title, c.currency_code,
              oi.quantity - coalesce(oi.return_received_quantity, 0) - coalesce(oi.return_dismissed_quantity, 0) as kept,
              oi.quantity,
              coalesce(oi.unit_price, li.unit_price) * oi.quantity - coalesce(adj.amount, 0) as line_total
         from counted_orders c
         join order_item oi on oi.order_id = c.id and oi.version = c.version and oi.deleted_at is null
         join order_line_item li on li.id = oi.item_id and li.deleted_at is null
         left join lateral (
           select sum(a.amount) as amount from order_line_item_adjustment a where a.item_id = li.id and a.deleted_at is null
         ) adj on true
     ), per_product as (
       select product_key, max(product_id) as product_id, max(title) as title, currency_code,
              sum(kept) as quantity,
              sum(case when quantity > 0 then line_total * kept / quantity else 0 end) as spend
         from lines group by product_key, currency_code
     ), by_quantity as (
       select max(product_id) as product_id, max(title) as title, sum(quantity)::text as quantity
         from per_product group by product_key having sum(quantity) > 0
        order by sum(quantity) desc, max(title) limit 5
     ), by_spend as (
       select product_id, title, currency_code, spend::text as spend,
              row_number() over (partition by currency_code order by spend desc, title) as n
         from per_product where spend > 0
     )
     select (select coalesce(json_agg(t order by t.visits desc), '[]') from totals t) as totals,
            (select row_to_json(f) from favourite f) as favourite,
            (select coalesce(json_agg(q), '[]') from by_quantity q) as by_quantity,
            (select coalesce(json_agg(s order by s.currency_code, s.n), '[]') from by_spend s where s.n <= 5) as by_spend`,
    binds
  )
  type Totals = { currency_code: string; visits: number; spend: string; visits_12m: number; spend_12m: string; last_at: string | null }
  const row = rows[0] as {
    totals: Totals[]
    favourite: { location_id: string; visits: number; code: string | null; name: string | null } | null
    by_quantity: { product_id: string | null; title: string; quantity: string }[]
    by_spend: { product_id: string | null; title: string; currency_code: string; spend: string }[]
  }
  const totals = row.totals
  const fav = row.favourite
  const last = totals.map((r) => r.last_at).filter((d): d is string => !!d).sort((a, b) => +new Date(b) - +new Date(a))[0]
  return {
    customer_id: customerId,
    figures: totals.map((r) => ({
      currency_code: r.currency_code,
      lifetime_spend: money(r.spend),
      visits: r.visits,
      // Exact decimal division, rounded to the centavo once, here.
      average_basket: r.visits ? money(divide(r.spend, r.visits)) : "0.00",
      last_12_months: { spend: money(r.spend_12m), visits: r.visits_12m },
    })),
    last_purchase_at: last ? new Date(last).toISOString() : null,
    favourite_branch: fav ? { id: fav.location_id, code: fav.code, name: fav.name, visits: fav.visits } : null,
    top_products: {
      by_quantity: row.by_quantity.map((p) => ({ product_id: p.product_id, title: p.title, quantity: Number(p.quantity) })),
      by_spend: row.by_spend.map((p) => ({ product_id: p.product_id, title: p.title, currency_code: p.currency_code, spend: money(p.spend) })),
    },
  }
}

const divide = (amount: string, by: number) => MathBN.div(MathBN.convert(amount), by)

/** One page of the customer's receipts, newest first, and how many there are. */
export async function customerReceipts(
  container: MedusaContainer,
  customerId: string,
  scope: BranchScope,
  page: { offset: number; limit: number }
): Promise<{ receipts: HistoryReceipt[]; count: number }> {
  const [cte, binds] = ordersCte(customerId, scope)
  const knex = pg(container)
  const [list, counted] = await Promise.all([
    knex.raw(
      `with ${cte}, page as (
         select * from visible_orders order by created_at desc, id desc offset ? limit ?
       )
       select p.*, b.code as branch_code, sl.name as branch_name, r.code as register_code, r.name as register_name,
              s.totals as summary, tr.paid, tr.refunded
         from page p
         left join kassa_branch b on b.stock_location_id = p.location_id and b.deleted_at is null
         left join stock_location sl on sl.id = p.location_id
         left join kassa_register r on r.id = p.register_id
         left join lateral (
           select totals from order_summary s where s.order_id = p.id and s.deleted_at is null order by s.version desc limit 1
         ) s on true
         left join lateral (
           select coalesce(sum(amount) filter (where amount > 0), 0) as paid, coalesce(-sum(amount) filter (where amount < 0), 0) as refunded
             from order_transaction t where t.order_id = p.id and t.deleted_at is null
         ) tr on true
        order by p.created_at desc, p.id desc`,
      [...binds, page.offset, page.limit]
    ),
    knex.raw(`with ${cte} select count(*)::int as count from visible_orders`, binds),
  ])
  type Row = {
    id: string
    display_id: number
    custom_display_id: string | null
    status: string
    ticket_id: string | null
    ticket_status: string | null
    receipt_number: string | null
    currency_code: string
    created_at: Date
    opened_by: string | null
    sales_agent_id: string | null
    sale_total: string | null
    location_id: string | null
    branch_code: string | null
    branch_name: string | null
    register_code: string | null
    register_name: string | null
    summary: Record<string, unknown> | null
    paid: string
    refunded: string
  }
  const rows = list.rows as Row[]
  const ids = rows.map((r) => r.id)
  const webIds = rows.filter((r) => !r.ticket_id).map((r) => r.id)
  const [tenders, payments, counterReturns, webReturns, names] = await Promise.all([
    ids.length
      ? knex.raw(`select order_id, method, amount, card_last4, reference from kassa_pos_tender where order_id = any(?::text[]) and deleted_at is null order by created_at, id`, [ids])
      : { rows: [] },
    webIds.length
      ? knex.raw(
          `select opc.order_id, p.provider_id as method, p.amount
             from order_payment_collection opc join payment p on p.payment_collection_id = opc.payment_collection_id and p.deleted_at is null
            where opc.order_id = any(?::text[]) and opc.deleted_at is null and p.canceled_at is null
            order by p.created_at`,
          [webIds]
        )
      : { rows: [] },
    ids.length
      ? knex.raw(
          `select order_id, number, created_at, refund_total, refund_method, exchange_id, return_id from kassa_pos_return where order_id = any(?::text[]) and deleted_at is null order by created_at`,
          [ids]
        )
      : { rows: [] },
    ids.length
      ? knex.raw(
          `select r.id, r.order_id, r.display_id, r.created_at, r.refund_amount, r.status from "return" r
            where r.order_id = any(?::text[]) and r.deleted_at is null and r.status <> 'canceled'
              and not exists (select 1 from kassa_pos_return k where k.return_id = r.id)
            order by r.created_at`,
          [ids]
        )
      : { rows: [] },
    staffNames(container, rows.flatMap((r) => [r.opened_by, r.sales_agent_id]).filter((id): id is string => !!id)),
  ])
  const groupBy = <T extends { order_id: string }>(items: T[]) => {
    const by = new Map<string, T[]>()
    for (const i of items) by.set(i.order_id, [...(by.get(i.order_id) ?? []), i])
    return by
  }
  const tendersOf = groupBy([
    ...(tenders.rows as { order_id: string; method: string; amount: string; card_last4: string | null; reference: string | null }[]),
    ...(payments.rows as { order_id: string; method: string; amount: string }[]).map((p) => ({ ...p, card_last4: null, reference: null })),
  ])
  type CounterReturn = { order_id: string; number: string; created_at: Date; refund_total: string; refund_method: string; exchange_id: string | null }
  type WebReturn = { order_id: string; display_id: number; created_at: Date; refund_amount: string | null }
  const returnsOf = groupBy([
    ...(counterReturns.rows as CounterReturn[]).map((r) => ({
      order_id: r.order_id,
      number: r.number,
      created_at: new Date(r.created_at).toISOString(),
      refund_total: money(r.refund_total),
      refund_method: r.refund_method,
      exchange: !!r.exchange_id,
    })),
    ...(webReturns.rows as WebReturn[]).map((r) => ({
      order_id: r.order_id,
      number: `Return #${r.display_id}`,
      created_at: new Date(r.created_at).toISOString(),
      refund_total: money(r.refund_amount ?? 0),
      refund_method: null,
      exchange: false,
    })),
  ])
  return {
    count: (counted.rows as { count: number }[])[0].count,
    receipts: rows.map((r) => ({
      order_id: r.id,
      receipt_number: r.receipt_number ?? r.custom_display_id ?? `#${r.display_id}`,
      kind: r.ticket_id ? "counter" : "web",
      status: r.ticket_status === "voided" ? "voided" : r.status,
      created_at: new Date(r.created_at).toISOString(),
      currency_code: r.currency_code,
      branch: r.location_id ? { id: r.location_id, code: r.branch_code, name: r.branch_name } : null,
      register: r.register_code ? { code: r.register_code, name: r.register_name ?? r.register_code } : null,
      cashier: r.opened_by ? names.get(r.opened_by) ?? null : null,
      sales_agent: r.sales_agent_id && r.sales_agent_id !== r.opened_by ? names.get(r.sales_agent_id) ?? null : null,
      total: money(r.sale_total ?? summaryTotal(r.summary)),
      paid: money(r.paid),
      refunded: money(r.refunded),
      tenders: (tendersOf.get(r.id) ?? []).map((t) => ({ method: t.method, amount: money(t.amount), card_last4: t.card_last4, reference: t.reference })),
      returns: (returnsOf.get(r.id) ?? []).map(({ order_id: _, ...rest }) => rest),
    })),
  }
}

/** A web order's total as Medusa summarised it at creation (its summary keeps the raw BigNumber beside the number). */
function summaryTotal(summary: Record<string, unknown> | null): string {
  const raw = summary?.raw_original_order_total as { value?: string } | undefined
  const plain = summary?.original_order_total
  return String(raw?.value ?? (typeof plain === "object" && plain ? (plain as { value?: string }).value : plain) ?? 0)
}

