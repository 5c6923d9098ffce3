import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { LOYALTY_MODULE } from "../../../../../../../modules/loyalty"
import type LoyaltyModuleService from "../../../../../../../modules/loyalty/service"
import { enrolLoyaltyMemberWorkflow } from "../../../../../../../workflows"
import type { EnrolType } from "../../../validators"

/** Enrols the customer at the branch (201), or answers their existing membership (200). */
export const POST = async (req: AuthenticatedMedusaRequest<EnrolType>, res: MedusaResponse) => {
  const { result } = await enrolLoyaltyMemberWorkflow(req.scope).run({
    input: { customer_id: req.params.customer_id, marketing_consent: req.validatedBody.marketing_consent, stock_location_id: req.validatedBody.location_id, actor_id: req.auth_context.actor_id },
  })
  const member = await req.scope.resolve<LoyaltyModuleService>(LOYALTY_MODULE).standing(req.params.customer_id)
  res.status(result.created ? 201 : 200).json({ member, created: result.created })
}
