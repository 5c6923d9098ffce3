import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { LOYALTY_MODULE } from "../../../../../modules/loyalty"
import type LoyaltyModuleService from "../../../../../modules/loyalty/service"
import { upsertLoyaltyTierWorkflow } from "../../../../../workflows"
import type { TierType } from "../validators"

/** The tiers, lowest threshold first, each with its customer group. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ tiers: await req.scope.resolve<LoyaltyModuleService>(LOYALTY_MODULE).tiers() })
}

/** A new tier, with a customer group of its own. Members move into it at their next earning, return or the nightly pass. */
export const POST = async (req: AuthenticatedMedusaRequest<TierType>, res: MedusaResponse) => {
  const { result } = await upsertLoyaltyTierWorkflow(req.scope).run({ input: req.validatedBody })
  const tiers = await req.scope.resolve<LoyaltyModuleService>(LOYALTY_MODULE).tiers()
  res.status(201).json({ tier: tiers.find((t) => t.id === result.id), tiers })
}
