import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { LOYALTY_MODULE } from "../../../../../../../modules/loyalty"
import type LoyaltyModuleService from "../../../../../../../modules/loyalty/service"
import { adjustLoyaltyPointsWorkflow } from "../../../../../../../workflows"
import type { AdjustType } from "../../../validators"

/** A manager adds or takes away points with a reason; taking away more than the member has is refused (400). */
export const POST = async (req: AuthenticatedMedusaRequest<AdjustType>, res: MedusaResponse) => {
  const body = req.validatedBody
  const { result } = await adjustLoyaltyPointsWorkflow(req.scope).run({
    input: { customer_id: req.params.customer_id, points: body.points, reason: body.reason, stock_location_id: body.location_id, actor_id: req.auth_context.actor_id },
  })
  const member = await req.scope.resolve<LoyaltyModuleService>(LOYALTY_MODULE).standing(req.params.customer_id)
  res.status(201).json({ entry: result, member })
}
