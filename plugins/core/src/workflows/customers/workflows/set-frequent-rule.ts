import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { FREQUENT_RULE_CHANGED } from "../frequent"
import { type FrequentRuleInput, setFrequentRuleStep } from "../steps/set-frequent-rule"

/** Sets the store's frequent-customer rule; the event re-evaluates every customer (subscribers/frequent-rule-changed.ts). */
export const setFrequentRuleWorkflow = createWorkflow("kassa-set-frequent-rule", (input: FrequentRuleInput) => {
  const rule = setFrequentRuleStep(input)
  emitEventStep({ eventName: FREQUENT_RULE_CHANGED, data: transform({ rule }, ({ rule }) => ({ id: rule.id })) })
  return new WorkflowResponse(rule)
})
