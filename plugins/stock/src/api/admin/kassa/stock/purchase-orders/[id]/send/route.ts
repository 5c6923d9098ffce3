import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { movePurchaseOrderWorkflow } from "../../../../../../../workflows/orders"
import { purchaseOrderView } from "../../purchase-order-view"

/** A draft goes to the supplier: it is sent (and can then be received). */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await movePurchaseOrderWorkflow(req.scope).run({ input: { id: req.params.id, to: "sent" } })
  res.json({ purchase_order: await purchaseOrderView(req.scope, req.params.id) })
}
