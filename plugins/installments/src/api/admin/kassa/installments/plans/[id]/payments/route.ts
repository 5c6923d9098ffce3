import { runJournaled } from "@kassa/core/kit"
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { collectPaymentWorkflow, COLLECTION_WORK } from "../../../../../../../workflows/collections"
import type { CollectType } from "../../../validators"
import { decidedPlan } from "../decided-plan"

/**
 * Records a payment at the collecting branch (`location_id`); answers with its receipt number and
 * the plan. Under the work journal, keyed by the Idempotency-Key header (without one, no retry is recognised):
 * a retry whose first answer was lost gets the same payment, never a second.
 */
export const POST = async (req: AuthenticatedMedusaRequest<CollectType>, res: MedusaResponse) => {
  const request = { plan_id: req.params.id, ...req.validatedBody, collected_by: req.auth_context.actor_id }
  const { response } = await runJournaled(req.scope, { kind: COLLECTION_WORK, key: req.get("idempotency-key"), input: request }, ({ id }) =>
    collectPaymentWorkflow(req.scope).run({ input: { ...request, journal_id: id }, throwOnError: false })
  )
  res.status(201).json({ payment: { id: response.payment_id, receipt_number: response.receipt_number }, plan: await decidedPlan(req) })
}
