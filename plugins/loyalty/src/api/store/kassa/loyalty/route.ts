import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { LOYALTY_MODULE } from "../../../../modules/loyalty"
import type LoyaltyModuleService from "../../../../modules/loyalty/service"

/** The signed-in customer's membership: tier, points, what they are worth, history (without staff ids); `member: null` when not enrolled. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const service: LoyaltyModuleService = req.scope.resolve(LOYALTY_MODULE)
  const customerId = req.auth_context.actor_id
  const [member, history, settings] = await Promise.all([service.standing(customerId), service.history(customerId), service.settings()])
  res.json({
    member,
    point_value: settings.point_value,
    history: history.map(({ actor_id: _actor, account_id: _account, ...e }) => e),
  })
}
