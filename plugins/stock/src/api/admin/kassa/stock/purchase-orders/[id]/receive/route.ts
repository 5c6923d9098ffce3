import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { receivePurchaseOrderWorkflow } from "../../../../../../../workflows/receiving"
import type { ReceiveType } from "../../../validators"
import { purchaseOrderView } from "../../purchase-order-view"

/** Goods arrive at the order's destination, all outstanding or the lines given: stock rises, costs follow. */
export const POST = async (req: AuthenticatedMedusaRequest<ReceiveType>, res: MedusaResponse) => {
  const { result } = await receivePurchaseOrderWorkflow(req.scope).run({
    input: { purchase_order_id: req.params.id, received_by: req.auth_context.actor_id, lines: req.validatedBody.lines },
  })
  res.json({ receipt_id: result.receipt_id, purchase_order: await purchaseOrderView(req.scope, req.params.id) })
}
