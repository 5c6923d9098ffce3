import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { saveSupplyWorkflow } from "../../../../../../../workflows/suppliers"
import type { SupplyType } from "../../../validators"
import { supplierView } from "../../supplier-view"

/** Adds a variant the supplier sells (or changes its SKU, cost or lead time). */
export const POST = async (req: AuthenticatedMedusaRequest<SupplyType>, res: MedusaResponse) => {
  await saveSupplyWorkflow(req.scope).run({ input: { ...req.validatedBody, supplier_id: req.params.id } })
  res.json({ supplier: await supplierView(req.scope, req.params.id) })
}
