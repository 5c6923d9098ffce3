import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CUSTOMER_PROFILE_MODULE } from "../../../modules/customer-profile"
import type CustomerProfileModuleService from "../../../modules/customer-profile/service"
import { type FrequentRuleRecord, RULE_FIELDS } from "../frequent"

export type FrequentRuleInput = Omit<FrequentRuleRecord, "id">

type Undo = { created?: string; previous?: FrequentRuleInput & { id: string } }

/** Creates or replaces the store's one frequent-customer rule; undo deletes it or restores the old one. */
export const setFrequentRuleStep = createStep(
  "kassa-set-frequent-rule",
  async (input: FrequentRuleInput, { container }) => {
    const service: CustomerProfileModuleService = container.resolve(CUSTOMER_PROFILE_MODULE)
    const [existing] = await service.listFrequentRules({ scope: "store" }, { select: RULE_FIELDS })
    if (!existing) {
      const created = await service.createFrequentRules({ scope: "store", ...input })
      return new StepResponse(created, { created: created.id } as Undo)
    }
    const { id, enabled, min_purchases, min_spend, currency_code, months, match } = existing
    const updated = await service.updateFrequentRules({ id, ...input })
    return new StepResponse(updated, { previous: { id, enabled, min_purchases, min_spend: min_spend == null ? null : Number(min_spend), currency_code, months, match } } as Undo)
  },
  async (undo, { container }) => {
    if (!undo) return
    const service: CustomerProfileModuleService = container.resolve(CUSTOMER_PROFILE_MODULE)
    if (undo.created) await service.deleteFrequentRules(undo.created)
    if (undo.previous) await service.updateFrequentRules(undo.previous)
  }
)
