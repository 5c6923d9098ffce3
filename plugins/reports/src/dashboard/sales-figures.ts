import type { BranchScope } from "@kassa/core/kit"
import type { MedusaContainer } from "@medusajs/framework/types"
import { centavos, linesCte, pgOf, storeCurrency } from "../sales/sales-lines"

const DAY = 86_400_000

/** Growth from `before` to `now` in percent with one decimal; null when there was nothing before. */
export const growth = (now: number, before: number) => (before ? Math.round(((now - before) * 1000) / before) / 10 : null)
/** A part of a whole in percent with one decimal; null for an empty whole. */
const percent = (part: number, whole: number) => (whole ? Math.round((part * 1000) / whole) / 10 : null)

type Totals = Record<"today" | "yesterday" | "week" | "month" | "year" | "revenue_30d" | "net_30d" | "costed_net_30d" | "cost_30d" | "uncosted_30d" | "discount_30d", string> & {
  transactions_30d: number
}

/**
 * The dashboard's sales figures, each branch's calendar in its own time zone: "today" at a Davao
 * sale is Davao's today. Money in integer centavos; 30 days are today and the 29 days before it.
 */
export async function salesDashboard(container: MedusaContainer, scope: BranchScope, now: Date) {
  const currency = await storeCurrency(container)
  // A year and a day back, and a day either side for the time zones; each line is then dated locally.
  const [cte, binds] = linesCte({ scope, currency, from: new Date(now.getTime() - 368 * DAY), to: new Date(now.getTime() + DAY) })
  const at = now.toISOString()
  // One statement: the year's lines are priced once (materialized) and every figure read from them.
  const { rows } = await pgOf(container).raw(
    `with ${cte}, dated as materialized (
       select l.*, (?::timestamptz at time zone l.tz)::date as today from line l
     ), recent as (
       select * from dated where day > today - 30 and day <= today
     ), totals as (
       select ${centavos("sum(gross) filter (where day = today)")} as today,
              ${centavos("sum(gross) filter (where day = today - 1)")} as yesterday,
              ${centavos("sum(gross) filter (where date_trunc('week', day) = date_trunc('week', today) and day <= today)")} as week,
              ${centavos("sum(gross) filter (where date_trunc('month', day) = date_trunc('month', today) and day <= today)")} as month,
              ${centavos("sum(gross) filter (where date_trunc('year', day) = date_trunc('year', today) and day <= today)")} as year,
              ${centavos("sum(gross) filter (where day > today - 30 and day <= today)")} as revenue_30d,
              ${centavos("sum(net) filter (where day > today - 30 and day <= today)")} as net_30d,
              ${centavos("sum(net) filter (where day > today - 30 and day <= today and cost is not null)")} as costed_net_30d,
              ${centavos("sum(cost) filter (where day > today - 30 and day <= today)")} as cost_30d,
              ${centavos("sum(net) filter (where day > today - 30 and day <= today and cost is null)")} as uncosted_30d,
              ${centavos("sum(discount) filter (where day > today - 30 and day <= today)")} as discount_30d,
              count(distinct order_id) filter (where day > today - 30 and day <= today)::int as transactions_30d
         from dated
     ), by_branch as (
       select r.location_id, max(r.branch_code) as code, max(sl.name) as name,
              ${centavos("sum(r.gross) filter (where r.day = r.today)")} as today,
              ${centavos("sum(r.gross)")} as revenue_30d,
              count(distinct r.order_id)::int as transactions_30d, sum(r.gross) as sort
         from recent r left join stock_location sl on sl.id = r.location_id
        group by r.location_id
     ), top as (
       select product_id, max(title) as title, sum(kept)::int as units, ${centavos("sum(gross)")} as revenue
         from recent group by product_id having sum(kept) > 0
        order by sum(kept) desc, max(title) limit 5
     ), orders as (
       select distinct order_id, ticket_id from recent
     ), tenders as (
       -- Tenders as taken at the sale (a refund is not taken off its tender); a web order's by its payment provider.
       select method, ${centavos("sum(amount)")} as amount, count(distinct order_id)::int as sales, sum(amount) as sort from (
         select t.method, t.amount, t.order_id from orders o join kassa_pos_tender t on t.order_id = o.order_id and t.deleted_at is null
         union all
         select p.provider_id, p.amount, o.order_id from orders o
           join order_payment_collection opc on opc.order_id = o.order_id and opc.deleted_at is null
           join payment p on p.payment_collection_id = opc.payment_collection_id and p.deleted_at is null and p.canceled_at is null
          where o.ticket_id is null
       ) x group by method
     )
     select (select row_to_json(t) from totals t) as totals,
            (select coalesce(json_agg(b order by b.sort desc nulls last), '[]') from by_branch b) as by_branch,
            (select coalesce(json_agg(p order by p.units desc, p.title), '[]') from top p) as top,
            (select coalesce(json_agg(x order by x.sort desc), '[]') from tenders x) as tenders`,
    [...binds, at]
  )
  const row = rows[0] as { totals: Totals; by_branch: unknown[]; top: unknown[]; tenders: unknown[] }
  const t = row.totals
  const n = (v: string) => Number(v)
  const costedNet = n(t.costed_net_30d)
  const profit = costedNet - n(t.cost_30d)
  return {
    currency_code: currency,
    revenue: {
      today: n(t.today),
      yesterday: n(t.yesterday),
      growth_day_over_day: growth(n(t.today), n(t.yesterday)),
      week: n(t.week),
      month: n(t.month),
      year: n(t.year),
    },
    last_30_days: {
      revenue: n(t.revenue_30d),
      net_revenue: n(t.net_30d),
      discounts: n(t.discount_30d),
      transactions: t.transactions_30d,
      // Rounded to the centavo once.
      average_order_value: t.transactions_30d ? Math.round(n(t.revenue_30d) / t.transactions_30d) : 0,
      gross_profit: profit,
      margin: percent(profit, costedNet),
      revenue_without_cost: n(t.uncosted_30d),
    },
    by_branch: (row.by_branch as { location_id: string | null; code: string | null; name: string | null; today: string; revenue_30d: string; transactions_30d: number }[]).map((b) => ({
      location_id: b.location_id,
      code: b.code,
      name: b.name ?? "No branch (web)",
      today: n(b.today),
      revenue_30d: n(b.revenue_30d),
      transactions_30d: b.transactions_30d,
    })),
    top_products: (row.top as { product_id: string | null; title: string; units: number; revenue: string }[]).map((p) => ({ ...p, revenue: n(p.revenue) })),
    tenders: (row.tenders as { method: string; amount: string; sales: number }[]).map((p) => ({ method: p.method, amount: n(p.amount), sales: p.sales })),
  }
}
