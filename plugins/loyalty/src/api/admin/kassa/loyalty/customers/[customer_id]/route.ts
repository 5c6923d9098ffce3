import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { LOYALTY_MODULE } from "../../../../../../modules/loyalty"
import type LoyaltyModuleService from "../../../../../../modules/loyalty/service"

/** The customer's membership: tier, points, their value and history; `member: null` when not enrolled. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const service: LoyaltyModuleService = req.scope.resolve(LOYALTY_MODULE)
  const [member, history, settings] = await Promise.all([service.standing(req.params.customer_id), service.history(req.params.customer_id), service.settings()])
  res.json({ customer_id: req.params.customer_id, member, history, point_value: settings.point_value })
}
