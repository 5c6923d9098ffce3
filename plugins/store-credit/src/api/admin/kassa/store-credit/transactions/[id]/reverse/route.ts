import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { reverseStoreCreditWorkflow } from "../../../../../../../workflows/credits"
import type { ReverseType } from "../../../validators"

/** Reverses a store credit entry: a debit given back, or the unspent rest of a credit taken back. */
export const POST = async (req: AuthenticatedMedusaRequest<ReverseType>, res: MedusaResponse) => {
  const { result } = await reverseStoreCreditWorkflow(req.scope).run({
    input: { transaction_id: req.params.id, reason: req.validatedBody.reason, stock_location_id: req.validatedBody.location_id, actor_id: req.auth_context.actor_id },
  })
  res.json({ transaction: result })
}
