import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { LOYALTY_MODULE } from "../../../../../modules/loyalty"
import type LoyaltyModuleService from "../../../../../modules/loyalty/service"
import { enrolLoyaltyMemberWorkflow } from "../../../../../workflows"
import type { StoreEnrolType } from "../validators"

/** The signed-in customer joins the programme (201), or gets their existing membership (200). */
export const POST = async (req: AuthenticatedMedusaRequest<StoreEnrolType>, res: MedusaResponse) => {
  const customerId = req.auth_context.actor_id
  const { result } = await enrolLoyaltyMemberWorkflow(req.scope).run({
    input: { customer_id: customerId, marketing_consent: req.validatedBody.marketing_consent, stock_location_id: null, actor_id: customerId },
  })
  const member = await req.scope.resolve<LoyaltyModuleService>(LOYALTY_MODULE).standing(customerId)
  res.status(result.created ? 201 : 200).json({ member, created: result.created })
}
