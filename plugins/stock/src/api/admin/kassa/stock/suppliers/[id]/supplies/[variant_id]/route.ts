import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { removeSupplyWorkflow } from "../../../../../../../../workflows/suppliers"
import { supplierView } from "../../../supplier-view"

export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await removeSupplyWorkflow(req.scope).run({ input: { supplier_id: req.params.id, variant_id: req.params.variant_id } })
  res.json({ supplier: await supplierView(req.scope, req.params.id) })
}
