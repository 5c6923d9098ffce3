import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { COST_MODULE } from "../../../../../modules/cost"
import { readPricingSettings, savePricingSettingsWorkflow } from "../../../../../workflows/pricing"
import type { PostPricingSettingsType } from "../validators"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { markup_apply } = await readPricingSettings(req.scope.resolve(COST_MODULE))
  res.json({ pricing_settings: { markup_apply } })
}

export const POST = async (req: AuthenticatedMedusaRequest<PostPricingSettingsType>, res: MedusaResponse) => {
  const { result } = await savePricingSettingsWorkflow(req.scope).run({ input: req.validatedBody })
  res.json({ pricing_settings: result })
}
