import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { COST_MODULE } from "../../../../../../../modules/cost"
import type CostModuleService from "../../../../../../../modules/cost/service"
import { markPriceManualWorkflow } from "../../../../../../../workflows/pricing"
import type { PostPriceManualType } from "../../../validators"

/** Marks the variant's price (in the currencies named, else its cost's) as set by hand: markup keeps it. */
export const POST = async (req: AuthenticatedMedusaRequest<PostPriceManualType>, res: MedusaResponse) => {
  const [variant] = await req.scope.resolve(Modules.PRODUCT).listProductVariants({ id: req.params.id }, { select: ["id"], take: 1 })
  if (!variant) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Variant ${req.params.id} was not found`)
  let currency_codes = req.validatedBody.currency_codes
  if (!currency_codes) {
    const [cost] = await req.scope.resolve<CostModuleService>(COST_MODULE).listVariantCosts({ variant_id: variant.id })
    if (!cost) throw new MedusaError(MedusaError.Types.INVALID_DATA, `Variant ${variant.id} has no cost price: name the currency_codes whose price is manual`)
    currency_codes = [cost.currency_code]
  }
  const { result } = await markPriceManualWorkflow(req.scope).run({ input: { variant_id: variant.id, currency_codes } })
  res.json({ price_states: result.map((s) => ({ id: s.id, variant_id: s.variant_id, currency_code: s.currency_code, manual: s.manual })) })
}
