import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { LOYALTY_MODULE } from "../../../../../modules/loyalty"
import type LoyaltyModuleService from "../../../../../modules/loyalty/service"

/**
 * The dashboard's figures: members, members active in the last 90 days, points outstanding and
 * their liability (centavos at today's point value), points redeemed since the 1st of this month (UTC).
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const now = new Date()
  const monthStart = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1))
  res.json({ figures: await req.scope.resolve<LoyaltyModuleService>(LOYALTY_MODULE).figures(now, monthStart) })
}
