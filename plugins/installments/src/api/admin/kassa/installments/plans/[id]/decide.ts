import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { decidePlanWorkflow } from "../../../../../../workflows/plans"
import type { DecisionType } from "../../validators"
import { decidedPlan } from "./decided-plan"

/**
 * Runs the decision workflow and answers with the plan. A refusal (own sale, above the limit:
 * the plan is then escalated) is a 403 with the reason.
 */
export async function decide(req: AuthenticatedMedusaRequest<DecisionType>, res: MedusaResponse, decision: "approve" | "reject") {
  const { result } = await decidePlanWorkflow(req.scope).run({
    input: { plan_id: req.params.id, decision, user_id: req.auth_context.actor_id, note: req.validatedBody.note },
  })
  if (result.refusal) throw new MedusaError(MedusaError.Types.FORBIDDEN, result.refusal.message)
  res.json({ plan: await decidedPlan(req) })
}
