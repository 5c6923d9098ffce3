import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COST_MODULE } from "../../../modules/cost"
import type CostModuleService from "../../../modules/cost/service"

/** The costs before a change, so re-pricing can say "cost changed from X to Y". Reads only. */
export const readVariantCostsStep = createStep("read-variant-costs", async (variantIds: string[], { container }) => {
  const service: CostModuleService = container.resolve(COST_MODULE)
  const costs = await service.listVariantCosts({ variant_id: variantIds })
  return new StepResponse(costs.map((c) => ({ variant_id: c.variant_id, currency_code: c.currency_code, amount: String(c.amount) })))
})
