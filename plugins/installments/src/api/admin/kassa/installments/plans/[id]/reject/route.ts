import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { rejectPlanWorkflow } from "../../../../../../../workflows/plans"
import type { DecisionType } from "../../../validators"
import { decidedPlan } from "../decided-plan"

/** Rejects an application: the sale is canceled, the down payment refunded, the stock restored. */
export const POST = async (req: AuthenticatedMedusaRequest<DecisionType>, res: MedusaResponse) => {
  await rejectPlanWorkflow(req.scope).run({ input: { plan_id: req.params.id, user_id: req.auth_context.actor_id, note: req.validatedBody.note } })
  res.json({ plan: await decidedPlan(req) })
}
