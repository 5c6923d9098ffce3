import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { movePurchaseOrderWorkflow } from "../../../../../../../workflows/orders"
import { purchaseOrderView } from "../../purchase-order-view"

/** Cancels a draft or sent order; once goods have arrived it can only be received in full. */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await movePurchaseOrderWorkflow(req.scope).run({ input: { id: req.params.id, to: "canceled" } })
  res.json({ purchase_order: await purchaseOrderView(req.scope, req.params.id) })
}
