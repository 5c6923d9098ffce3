import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { type FrequentRuleRecord, frequentRuleOf } from "../frequent"

export type FrequentFigures = { customer_id: string; purchases: number; spend: number }
export type FrequentDecision = { id: string | null; add: string[]; remove: string[]; figures: FrequentFigures[] }

/** Minor-unit digits of a currency (PHP 2, JPY 0). */
const digitsOf = (currency: string) => new Intl.NumberFormat("en", { style: "currency", currency }).resolvedOptions().maximumFractionDigits ?? 2

/**
 * What each customer bought in the rule's window, from Medusa's own records: every order of the
 * customer (any branch, counter or web) created in the last `months` months that is not a draft
 * nor canceled, valued at what Medusa's order transactions say was paid net of refunds (a
 * capture adds, a refund, e.g. a counter return, subtracts). An order whose net is zero or less
 * (fully refunded, or never paid) is not a purchase. Spend counts orders in the rule's currency
 * only, in integer minor units.
 */
export async function frequentFigures(
  pg: { raw: (sql: string, bindings: unknown[]) => Promise<{ rows: unknown[] }> },
  rule: Pick<FrequentRuleRecord, "currency_code" | "months">,
  customerIds: string[]
): Promise<FrequentFigures[]> {
  if (!customerIds.length) return []
  const unit = 10 ** digitsOf(rule.currency_code)
  const { rows } = await pg.raw(
    `select o.customer_id,
            count(*) filter (where n.net > 0)::int as purchases,
            coalesce(round(sum(n.net) filter (where n.net > 0 and lower(o.currency_code) = lower(?)) * ?), 0)::bigint as spend
       from "order" o
       cross join lateral (
         select coalesce(sum(t.amount), 0) as net from order_transaction t where t.order_id = o.id and t.deleted_at is null
       ) n
      where o.customer_id = any(?)
        and o.deleted_at is null and o.is_draft_order = false and o.status not in ('canceled', 'draft')
        and o.created_at >= now() - make_interval(months => ?)
      group by o.customer_id`,
    [rule.currency_code, unit, customerIds, rule.months]
  )
  return (rows as { customer_id: string; purchases: number; spend: string }[]).map((r) => ({ customer_id: r.customer_id, purchases: Number(r.purchases), spend: Number(r.spend) }))
}

/** Whether figures meet the rule: each threshold set is a test; "any" needs one, "all" needs every one. */
export function meetsRule(rule: FrequentRuleRecord | null, f: FrequentFigures | undefined) {
  if (!rule?.enabled || !f) return false
  const tests = [
    ...(rule.min_purchases != null ? [f.purchases >= rule.min_purchases] : []),
    ...(rule.min_spend != null ? [f.spend >= rule.min_spend] : []),
  ]
  if (!tests.length) return false
  return rule.match === "all" ? tests.every(Boolean) : tests.some(Boolean)
}

/**
 * Who of the given customers joins the Frequent group and who leaves it, under the current rule.
 * Read only: the change itself is Medusa's link step, which undoes it if a later step fails.
 */
export const decideFrequentMembersStep = createStep(
  "kassa-decide-frequent-members",
  async (input: { group_id: string | null; customer_ids: string[] }, { container }) => {
    if (!input.group_id) return new StepResponse({ id: null, add: [], remove: [], figures: [] } as FrequentDecision)
    const ids = [...new Set(input.customer_ids)]
    const rule = await frequentRuleOf(container)
    const figures = rule?.enabled ? await frequentFigures(container.resolve(ContainerRegistrationKeys.PG_CONNECTION), rule, ids) : []
    const byCustomer = new Map(figures.map((f) => [f.customer_id, f]))
    const customers = container.resolve(Modules.CUSTOMER)
    const existing = ids.length ? await customers.listCustomers({ id: ids }, { select: ["id"] }) : []
    const members = new Set(
      ids.length ? (await customers.listCustomerGroupCustomers({ customer_group_id: input.group_id, customer_id: ids }, { select: ["customer_id"] })).map((m) => m.customer_id) : []
    )
    const decision: FrequentDecision = { id: input.group_id, add: [], remove: [], figures }
    for (const { id } of existing) {
      const meets = meetsRule(rule, byCustomer.get(id))
      if (meets && !members.has(id)) decision.add.push(id)
      if (!meets && members.has(id)) decision.remove.push(id)
    }
    return new StepResponse(decision)
  }
)
