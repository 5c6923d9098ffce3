import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { COST_MODULE } from "../../../../../../../modules/cost"
import type CostModuleService from "../../../../../../../modules/cost/service"
import { setPriceAutomaticWorkflow } from "../../../../../../../workflows/pricing"
import type { PostPriceAutoType } from "../../../validators"

/** Clears the manual flag (all currencies, or those named) and prices the variant by its rule again. */
export const POST = async (req: AuthenticatedMedusaRequest<PostPriceAutoType>, res: MedusaResponse) => {
  const service: CostModuleService = req.scope.resolve(COST_MODULE)
  const [[variant], [cost]] = await Promise.all([
    req.scope.resolve(Modules.PRODUCT).listProductVariants({ id: req.params.id }, { select: ["id"], take: 1 }),
    service.listVariantCosts({ variant_id: req.params.id }),
  ])
  if (!variant) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Variant ${req.params.id} was not found`)
  if (!cost) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Variant ${req.params.id} has no cost price, so no markup price`)
  const currency_codes = req.validatedBody.currency_codes ?? [cost.currency_code]
  const { result } = await setPriceAutomaticWorkflow(req.scope).run({ input: { variant_id: req.params.id, currency_codes } })
  res.json({ pricing: result })
}
