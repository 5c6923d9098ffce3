import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { collectPaymentWorkflow } from "../../../../../../../workflows/collections"
import type { CollectType } from "../../../validators"
import { decidedPlan } from "../decided-plan"

/** Records a payment at the collecting branch (`location_id`); answers with its receipt number and the plan. */
export const POST = async (req: AuthenticatedMedusaRequest<CollectType>, res: MedusaResponse) => {
  const { result } = await collectPaymentWorkflow(req.scope).run({
    input: { plan_id: req.params.id, ...req.validatedBody, collected_by: req.auth_context.actor_id },
  })
  res.status(201).json({ payment: { id: result.payment_id, receipt_number: result.receipt_number }, plan: await decidedPlan(req) })
}
