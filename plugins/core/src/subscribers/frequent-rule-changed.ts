import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { evaluateAllFrequentCustomers, FREQUENT_RULE_CHANGED } from "../workflows/customers"

/** A new rule applies to everyone at once, not only to whoever buys or returns next. */
export default async function frequentRuleChanged({ container }: SubscriberArgs<{ id: string }>) {
  await evaluateAllFrequentCustomers(container)
}

export const config: SubscriberConfig = { event: FREQUENT_RULE_CHANGED }
