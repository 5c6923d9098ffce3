import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { applyMarkupPricesWorkflow } from "../../../../../workflows/pricing"
import type { PostApplyPricingType } from "../validators"

export const POST = async (req: AuthenticatedMedusaRequest<PostApplyPricingType>, res: MedusaResponse) => {
  const productIds = req.validatedBody.product_ids
  if (productIds) {
    const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "product", fields: ["id"], filters: { id: productIds } })
    const missing = productIds.filter((id) => !data.some((p: { id: string }) => p.id === id))
    if (missing.length) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Products not found: ${missing.join(", ")}`)
  }
  const { result } = await applyMarkupPricesWorkflow(req.scope).run({ input: productIds ? { product_ids: productIds } : {} })
  res.json({ pricing: result })
}
