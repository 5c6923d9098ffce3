import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { markPreorderDeliveredWorkflow } from "../../../../../../workflows"
import { preorderOr404 } from "../../read"
import type { DeliveredType } from "../../validators"

/** The parcel arrived: its Medusa fulfillment marked delivered, the pre-order `delivered`. */
export const POST = async (req: AuthenticatedMedusaRequest<DeliveredType>, res: MedusaResponse) => {
  await markPreorderDeliveredWorkflow(req.scope).run({ input: { id: req.params.id, location_id: req.validatedBody.location_id, closed_by: req.auth_context.actor_id } })
  res.json({ preorder: await preorderOr404(req.scope, req.params.id) })
}
