import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/** Module links are not checked by Medusa: refuse ids of variants that do not exist. */
export const validateVariantsExistStep = createStep(
  "validate-variants-exist",
  async (variantIds: string[], { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "product_variant",
      fields: ["id"],
      filters: { id: variantIds },
    })
    const found = new Set(data.map((v: { id: string }) => v.id))
    const missing = variantIds.filter((id) => !found.has(id))
    if (missing.length) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product variants not found: ${missing.join(", ")}`)
    }
    return new StepResponse(variantIds)
  }
)
