import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { PolicyInput } from "./upsert-policy"

/** Module links are not checked by Medusa: refuse a product or category that does not exist. */
export const validatePolicyTargetStep = createStep(
  "kassa-warranty-validate-policy-target",
  async (input: PolicyInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const [entity, id] = input.product_id ? ["product", input.product_id] : ["product_category", input.category_id!]
    const { data } = await query.graph({ entity, fields: ["id"], filters: { id } })
    if (!data.length) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No ${entity.replace("_", " ")} ${id}`)
    return new StepResponse(id)
  }
)
