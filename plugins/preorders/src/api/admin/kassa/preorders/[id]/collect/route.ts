import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { toCentavos } from "@kassa/core/kit"
import { collectPreorderWorkflow } from "../../../../../../workflows"
import { preorderOr404 } from "../../read"
import type { CollectType } from "../../validators"

/** The customer takes the goods at the branch holding them, paying any balance left in the same visit. */
export const POST = async (req: AuthenticatedMedusaRequest<CollectType>, res: MedusaResponse) => {
  const body = req.validatedBody
  await collectPreorderWorkflow(req.scope).run({
    input: {
      id: req.params.id,
      location_id: body.location_id,
      register_id: body.register_id,
      serial_numbers: body.serial_numbers,
      payment: body.payment ? { tender: body.payment.tender, amount: toCentavos(body.payment.amount) } : null,
      created_by: req.auth_context.actor_id,
    },
  })
  res.json({ preorder: await preorderOr404(req.scope, req.params.id) })
}
