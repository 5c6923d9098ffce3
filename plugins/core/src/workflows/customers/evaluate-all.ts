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
  // Without a rule a window still bounds who can be in the group: the members, who all leave.
  for await (const ids of frequentCandidates(container, rule?.months ?? 12, batch)) {
    const { result } = await evaluateFrequentCustomersWorkflow(container).run({ input: { customer_ids: ids } })
    totals.evaluated += ids.length
    totals.added += result.add.length
    totals.removed += result.remove.length
  }
  return totals
}
