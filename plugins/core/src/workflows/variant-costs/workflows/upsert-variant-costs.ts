import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { planPricesStep } from "../../pricing/steps/plan-prices"
import { createPriceReviewsStep } from "../../pricing/steps/reviews"
import { readPricingSettingsStep } from "../../pricing/steps/rules"
import { savePriceStatesStep } from "../../pricing/steps/save-price-states"
import { writeVariantPricesStep } from "../../pricing/steps/write-variant-prices"
import { PRICING_LOCK, repriceAfterCostChange } from "../../pricing/workflows/pricing"
import { toScaled } from "../../../pricing/markup"
import { readVariantCostsStep } from "../steps/read-variant-costs"
import { upsertVariantCostsStep, VariantCostInput } from "../steps/upsert-variant-costs"
import { validateVariantsExistStep } from "../steps/validate-variants-exist"

export type UpsertVariantCostsInput = { costs: VariantCostInput[] }

export const upsertVariantCostsWorkflow = createWorkflow("upsert-variant-costs", (input: UpsertVariantCostsInput) => {
  const variantIds = transform({ input }, ({ input }) => input.costs.map((c) => c.variant_id))
  validateVariantsExistStep(variantIds)
  // The markup lock: the old cost read here and the prices planned below must not interleave with another change.
  // Medusa skips this step when the workflow runs as another's step (runAsStep): that caller takes
  // PRICING_LOCK itself, as stock's receipts do (taking it here too would wait on its own lock).
  acquireLockStep({ key: PRICING_LOCK, timeout: 15, ttl: 120 })
  const before = readVariantCostsStep(variantIds)
  const costs = upsertVariantCostsStep(input.costs)

  // Markup: the prices the new costs call for, for review or written at once (settings.markup_apply).
  const settings = readPricingSettingsStep()
  const plans = planPricesStep(transform({ variantIds }, ({ variantIds }) => ({ variant_ids: variantIds })))
  const repricing = transform({ input, before, settings, plans }, ({ input, before, settings, plans }) => {
    const old = new Map(before.map((b) => [b.variant_id, b]))
    const changes = input.costs
      .map((c) => {
        const prev = old.get(c.variant_id)
        return {
          variant_id: c.variant_id,
          currency_code: c.currency_code,
          old_cost: prev && prev.currency_code === c.currency_code ? prev.amount : null,
          new_cost: String(c.amount),
        }
      })
      .filter((c) => c.old_cost == null || toScaled(c.old_cost, 6) !== toScaled(c.new_cost, 6))
    return repriceAfterCostChange(changes, settings.markup_apply, plans)
  })
  writeVariantPricesStep(transform({ repricing }, ({ repricing }) => repricing.writes))
  savePriceStatesStep(transform({ repricing }, ({ repricing }) => repricing.states))
  createPriceReviewsStep(transform({ repricing }, ({ repricing }) => repricing.reviews))
  releaseLockStep({ key: PRICING_LOCK })
  return new WorkflowResponse(costs)
})
