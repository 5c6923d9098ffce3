import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { toCentavos } from "@kassa/core/kit"
import { shipPreorderWorkflow } from "../../../../../../workflows"
import { preorderOr404 } from "../../read"
import type { ShipType } from "../../validators"

/** Sends a ready pre-order to the customer: the fee added, the balance paid, a Medusa fulfillment shipped from the branch holding it. */
export const POST = async (req: AuthenticatedMedusaRequest<ShipType>, res: MedusaResponse) => {
  const body = req.validatedBody
  await shipPreorderWorkflow(req.scope).run({
    input: {
      id: req.params.id,
      location_id: body.location_id,
      register_id: body.register_id,
      address: body.address,
      fee: toCentavos(body.fee),
      serial_numbers: body.serial_numbers,
      payment: body.payment ? { tender: body.payment.tender, amount: toCentavos(body.payment.amount) } : null,
      created_by: req.auth_context.actor_id,
    },
  })
  res.json({ preorder: await preorderOr404(req.scope, req.params.id) })
}
