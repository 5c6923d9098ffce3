import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { CUSTOMER_PROFILE_MODULE } from "../../modules/customer-profile"
import type CustomerProfileModuleService from "../../modules/customer-profile/service"

/** The Medusa customer group whose members are the store's frequent customers (promotions and price lists target it). */
export const FREQUENT_GROUP = "Frequent"

/** The event a rule change emits; core re-evaluates every customer on it. */
export const FREQUENT_RULE_CHANGED = "kassa.customers.frequent_rule_changed"

export type FrequentRuleRecord = {
  id: string
  enabled: boolean
  min_purchases: number | null
  /** Integer minor units of currency_code. */
  min_spend: number | null
  currency_code: string
  months: number
  match: "any" | "all"
}

export const RULE_FIELDS = ["id", "enabled", "min_purchases", "min_spend", "currency_code", "months", "match", "updated_at"]

/** The store's rule, or null while the owner has set none. */
export async function frequentRuleOf(container: MedusaContainer): Promise<FrequentRuleRecord | null> {
  const service: CustomerProfileModuleService = container.resolve(CUSTOMER_PROFILE_MODULE)
  const [rule] = await service.listFrequentRules({ scope: "store" }, { select: RULE_FIELDS })
  if (!rule) return null
  return { ...(rule as unknown as FrequentRuleRecord), min_spend: rule.min_spend == null ? null : Number(rule.min_spend) }
}

/** Which of the given customers are in the Frequent group now (what the counter shows as the badge). */
export async function frequentCustomerIds(container: MedusaContainer, customerIds: string[]): Promise<Set<string>> {
  if (!customerIds.length) return new Set()
  const customers = container.resolve(Modules.CUSTOMER)
  const [group] = await customers.listCustomerGroups({ name: FREQUENT_GROUP }, { select: ["id"] })
  if (!group) return new Set()
  const members = await customers.listCustomerGroupCustomers({ customer_group_id: group.id, customer_id: customerIds }, { select: ["customer_id"] })
  return new Set(members.map((m) => m.customer_id))
}

/**
 * Everyone the rule could concern: the group's members (they may have to leave) and, when
 * `months` is given (a rule is on), whoever bought in the rule's window (they may have to join),
 * in pages of `batch` ids by id order.
 */
export async function* frequentCandidates(container: MedusaContainer, months: number | null, batch = 500): AsyncGenerator<string[]> {
  const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  let after = ""
  for (;;) {
    const { rows } = await pg.raw(
      `select id from (
         select o.customer_id as id from "order" o
          where ?::int is not null and o.customer_id is not null and o.deleted_at is null and o.created_at >= now() - make_interval(months => ?::int)
         union
         select cgc.customer_id from customer_group_customer cgc
           join customer_group g on g.id = cgc.customer_group_id and g.deleted_at is null and g.name = ?
          where cgc.deleted_at is null
       ) c where id > ? order by id limit ?`,
      [months, months, FREQUENT_GROUP, after, batch]
    )
    const ids = (rows as { id: string }[]).map((r) => r.id)
    if (ids.length) yield ids
    if (ids.length < batch) return
    after = ids[ids.length - 1]
  }
}
