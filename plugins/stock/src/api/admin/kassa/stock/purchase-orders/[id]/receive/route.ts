import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { receivePurchaseOrderWorkflow } from "../../../../../../../workflows/receiving"
import type { ReceiveType } from "../../../validators"
import { purchaseOrderView } from "../../purchase-order-view"

/** Goods arrive at the order's destination, all outstanding or the lines given: stock rises, costs follow. */
export const POST = async (req: AuthenticatedMedusaRequest<ReceiveType>, res: MedusaResponse) => {
  const { result } = await receivePurchaseOrderWorkflow(req.scope)
    .run({ input: { purchase_order_id: req.params.id, received_by: req.auth_context.actor_id, lines: req.validatedBody.lines } })
    .catch((e: Error) => {
      // The locking module's time-out is a plain Error (a 500): here it only means "busy".
      if (/^Failed to acquire lock/.test(e.message)) throw new MedusaError(MedusaError.Types.CONFLICT, "Another receipt or a price change is in progress: try again")
      throw e
    })
  res.json({ receipt_id: result.receipt_id, purchase_order: await purchaseOrderView(req.scope, req.params.id) })
}
