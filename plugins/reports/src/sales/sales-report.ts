import type { BranchScope } from "@kassa/core/kit"
import type { MedusaContainer } from "@medusajs/framework/types"
import { centavos, linesCte, pgOf, storeCurrency } from "./sales-lines"

export const GROUPS = ["day", "week", "month", "hour", "weekday"] as const
export type SalesGroup = (typeof GROUPS)[number]

/** A bucket's key from a line's local time: weeks start on Monday, weekdays are 1 (Monday) to 7. */
const KEY: Record<SalesGroup, string> = {
  day: "to_char(local_at, 'YYYY-MM-DD')",
  week: "to_char(date_trunc('week', local_at), 'YYYY-MM-DD')",
  month: "to_char(local_at, 'YYYY-MM')",
  hour: "to_char(local_at, 'HH24')",
  weekday: "extract(isodow from local_at)::int::text",
}

const DAY = 86_400_000
const dayMs = (d: string) => Date.parse(`${d}T00:00:00Z`)
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10)

/** The keys of every bucket of a period, in order, as the SQL spells them. */
export function bucketsOf(group: SalesGroup, period: SalesPeriod): string[] {
  if (group === "hour") return Array.from({ length: 24 }, (_, h) => String(h).padStart(2, "0"))
  if (group === "weekday") return ["1", "2", "3", "4", "5", "6", "7"]
  const keys: string[] = []
  for (let d = dayMs(period.from); d <= dayMs(period.to); d += DAY) {
    const day = new Date(d)
    // Monday of the week (ISO weeks, as date_trunc('week') takes them).
    const key = group === "day" ? isoDay(d) : group === "week" ? isoDay(d - ((day.getUTCDay() + 6) % 7) * DAY) : isoDay(d).slice(0, 7)
    if (keys[keys.length - 1] !== key) keys.push(key)
  }
  return keys
}

/** The period just before [from, to], as long as it. */
export function previousPeriod(from: string, to: string) {
  const days = (dayMs(to) - dayMs(from)) / DAY + 1
  return { from: isoDay(dayMs(from) - days * DAY), to: isoDay(dayMs(from) - DAY) }
}

export type SalesPeriod = { from: string; to: string }
type Figures = { orders: number; units: number; revenue: number; net_revenue: number; discounts: number; cost: number; gross_profit: number; revenue_without_cost: number }
type Row = Record<keyof Omit<Figures, "orders" | "units">, string> & { period: "current" | "previous"; key: string | null; orders: number; units: number }

const figures = (r: Row): Figures => ({
  orders: r.orders,
  units: r.units,
  revenue: Number(r.revenue),
  net_revenue: Number(r.net_revenue),
  discounts: Number(r.discounts),
  cost: Number(r.cost),
  gross_profit: Number(r.gross_profit),
  revenue_without_cost: Number(r.revenue_without_cost),
})

/**
 * Sales of [from, to] (local dates, inclusive, each sale dated in its branch's time zone) by
 * `group`, with the same figures for the period just before it. Money in integer centavos;
 * gross profit over the lines that have a cost (the rest is `revenue_without_cost`, net).
 */
export async function salesReport(container: MedusaContainer, input: { scope: BranchScope; period: SalesPeriod; group: SalesGroup }) {
  const { period, group } = input
  const previous = previousPeriod(period.from, period.to)
  const currency = await storeCurrency(container)
  const [cte, binds] = linesCte({ scope: input.scope, currency, from: new Date(dayMs(previous.from) - DAY), to: new Date(dayMs(period.to) + 2 * DAY) })
  const sums = `count(distinct order_id)::int as orders, coalesce(sum(kept), 0)::int as units,
      ${centavos("sum(gross)")} as revenue, ${centavos("sum(net)")} as net_revenue, ${centavos("sum(discount)")} as discounts,
      ${centavos("sum(cost)")} as cost, ${centavos("sum(net - cost)")} as gross_profit,
      ${centavos("sum(net) filter (where cost is null)")} as revenue_without_cost`
  const { rows } = await pgOf(container).raw(
    `with ${cte}, periods as (
       select l.*, case when day between ?::date and ?::date then 'current' else 'previous' end as period
         from line l where day between ?::date and ?::date
     )
     select period, ${KEY[group]} as key, ${sums} from periods group by grouping sets ((period, ${KEY[group]}), (period))
      order by period, key`,
    [...binds, period.from, period.to, previous.from, period.to]
  )
  const all = rows as Row[]
  const of = (p: Row["period"]) => all.filter((r) => r.period === p)
  const empty: Figures = { orders: 0, units: 0, revenue: 0, net_revenue: 0, discounts: 0, cost: 0, gross_profit: 0, revenue_without_cost: 0 }
  const totalOf = (p: Row["period"]) => {
    const t = of(p).find((r) => r.key === null)
    return t ? figures(t) : empty
  }
  // Every bucket of the period, those without sales at zero: a chart's gaps are days, not missing bars.
  const rowsOf = (p: Row["period"], range: SalesPeriod) => {
    const found = new Map(of(p).filter((r) => r.key !== null).map((r) => [r.key as string, figures(r)]))
    return bucketsOf(group, range).map((key) => ({ key, ...(found.get(key) ?? empty) }))
  }
  return {
    currency_code: currency,
    group,
    period: { ...period, totals: totalOf("current"), rows: rowsOf("current", period) },
    previous: { ...previous, totals: totalOf("previous"), rows: rowsOf("previous", previous) },
  }
}
