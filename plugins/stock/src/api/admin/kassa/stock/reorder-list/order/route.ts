import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { createPurchaseOrdersWorkflow } from "../../../../../../workflows/orders"
import { purchaseOrderViews } from "../../purchase-orders/purchase-order-view"
import type { BranchQueryType } from "../../validators"

/** The caller's list at the branch becomes draft purchase orders, one per supplier; the list is emptied. */
export const POST = async (req: AuthenticatedMedusaRequest<BranchQueryType>, res: MedusaResponse) => {
  const { result } = await createPurchaseOrdersWorkflow(req.scope).run({ input: { user_id: req.auth_context.actor_id, location_id: req.validatedBody.location_id } })
  res.status(201).json({ purchase_orders: await purchaseOrderViews(req.scope, result) })
}
