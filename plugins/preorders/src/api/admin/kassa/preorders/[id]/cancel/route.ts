import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { centavosDecimal } from "@kassa/core/kit"
import { cancelPreorderWorkflow } from "../../../../../../workflows"
import { preorderOr404 } from "../../read"
import type { CancelType } from "../../validators"

/** Cancels an open pre-order: payments back in their tenders less the branch's fee, reserved units back on the shelf. */
export const POST = async (req: AuthenticatedMedusaRequest<CancelType>, res: MedusaResponse) => {
  const body = req.validatedBody
  const { result } = await cancelPreorderWorkflow(req.scope).run({
    input: { id: req.params.id, location_id: body.location_id, register_id: body.register_id, reason: body.reason, closed_by: req.auth_context.actor_id },
  })
  res.json({
    fee: centavosDecimal(result.fee),
    refunds: result.refunds.map((r) => ({ ...r, amount: centavosDecimal(r.amount) })),
    preorder: await preorderOr404(req.scope, req.params.id),
  })
}
