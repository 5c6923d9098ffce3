import type { MedusaContainer } from "@medusajs/framework/types"
import { frequentCandidates, frequentRuleOf } from "./frequent"
import { evaluateFrequentCustomersWorkflow } from "./workflows/evaluate-frequent-customers"

/**
 * Re-evaluates everyone the rule concerns (the nightly job, a rule change), 500 customers per
 * workflow run so no run holds the lock or a transaction long. Returns how many joined and left.
 */
export async function evaluateAllFrequentCustomers(container: MedusaContainer, batch = 500) {
  const rule = await frequentRuleOf(container)
  const totals = { evaluated: 0, added: 0, removed: 0 }
  // Without a rule (or with it off) only the members are concerned, and they all leave; no
  // group is created on an install whose owner never set a rule.
  for await (const ids of frequentCandidates(container, rule?.enabled ? rule.months : null, batch)) {
    const { result } = await evaluateFrequentCustomersWorkflow(container).run({ input: { customer_ids: ids } })
    totals.evaluated += ids.length
    totals.added += result.add.length
    totals.removed += result.remove.length
  }
  return totals
}
