import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { toCentavos } from "@kassa/core/kit"
import { payPreorderWorkflow } from "../../../../../../workflows"
import { preorderOr404 } from "../../read"
import type { PayType } from "../../validators"

/** A payment on the balance at the caller's branch (any branch may take it); answers its receipt number. */
export const POST = async (req: AuthenticatedMedusaRequest<PayType>, res: MedusaResponse) => {
  const body = req.validatedBody
  const { result } = await payPreorderWorkflow(req.scope).run({
    input: { id: req.params.id, location_id: body.location_id, register_id: body.register_id, tender: body.tender, amount: toCentavos(body.amount), created_by: req.auth_context.actor_id },
  })
  res.status(201).json({ payment: { id: result.id, receipt_number: result.receipt_number }, preorder: await preorderOr404(req.scope, req.params.id) })
}
