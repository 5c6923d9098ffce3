import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { LOYALTY_MODULE } from "../../../../../../modules/loyalty"
import type LoyaltyModuleService from "../../../../../../modules/loyalty/service"
import { upsertLoyaltyTierWorkflow } from "../../../../../../workflows"
import type { TierType } from "../../validators"

/** Changes a tier (its customer group renamed with it). */
export const POST = async (req: AuthenticatedMedusaRequest<TierType>, res: MedusaResponse) => {
  await upsertLoyaltyTierWorkflow(req.scope).run({ input: { ...req.validatedBody, id: req.params.id } })
  const tiers = await req.scope.resolve<LoyaltyModuleService>(LOYALTY_MODULE).tiers()
  res.json({ tier: tiers.find((t) => t.id === req.params.id), tiers })
}
