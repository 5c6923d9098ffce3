import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { LOYALTY_MODULE } from "../../../../../modules/loyalty"
import type LoyaltyModuleService from "../../../../../modules/loyalty/service"
import { updateLoyaltySettingsWorkflow } from "../../../../../workflows"
import type { SettingsType } from "../validators"

/** The programme: earning, redemption and expiry rules, and the tiers. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const service: LoyaltyModuleService = req.scope.resolve(LOYALTY_MODULE)
  res.json({ settings: await service.settings(), tiers: await service.tiers() })
}

export const POST = async (req: AuthenticatedMedusaRequest<SettingsType>, res: MedusaResponse) => {
  const { result } = await updateLoyaltySettingsWorkflow(req.scope).run({ input: req.validatedBody })
  res.json({ settings: result })
}
