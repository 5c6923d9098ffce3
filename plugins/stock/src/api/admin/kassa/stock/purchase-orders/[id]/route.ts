import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { purchaseOrderView } from "../purchase-order-view"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ purchase_order: await purchaseOrderView(req.scope, req.params.id) })
}
