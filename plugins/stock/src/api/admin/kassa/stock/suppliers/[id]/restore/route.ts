import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { updateSupplierWorkflow } from "../../../../../../../workflows/suppliers"
import { supplierView } from "../../supplier-view"

export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await updateSupplierWorkflow(req.scope).run({ input: { id: req.params.id, archived_at: null } })
  res.json({ supplier: await supplierView(req.scope, req.params.id) })
}
