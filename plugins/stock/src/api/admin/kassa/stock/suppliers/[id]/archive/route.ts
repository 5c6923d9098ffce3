import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { updateSupplierWorkflow } from "../../../../../../../workflows/suppliers"
import { supplierView } from "../../supplier-view"

/** Archives a supplier: kept with its history, left out of lists and new purchase orders. */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await updateSupplierWorkflow(req.scope).run({ input: { id: req.params.id, archived_at: new Date() } })
  res.json({ supplier: await supplierView(req.scope, req.params.id) })
}
