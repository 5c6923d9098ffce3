import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { upsertVariantCostsStep, VariantCostInput } from "../steps/upsert-variant-costs"
import { validateVariantsExistStep } from "../steps/validate-variants-exist"

export type UpsertVariantCostsInput = { costs: VariantCostInput[] }

export const upsertVariantCostsWorkflow = createWorkflow("upsert-variant-costs", (input: UpsertVariantCostsInput) => {
  const variantIds = transform({ input }, ({ input }) => input.costs.map((c) => c.variant_id))
  validateVariantsExistStep(variantIds)
  const costs = upsertVariantCostsStep(input.costs)
  return new WorkflowResponse(costs)
})
