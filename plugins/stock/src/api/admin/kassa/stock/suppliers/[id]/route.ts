import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { updateSupplierWorkflow } from "../../../../../../workflows/suppliers"
import type { UpdateSupplierType } from "../../validators"
import { supplierView } from "../supplier-view"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ supplier: await supplierView(req.scope, req.params.id) })
}

/** Edits a supplier; moving contract_end later renews the contract. */
export const POST = async (req: AuthenticatedMedusaRequest<UpdateSupplierType>, res: MedusaResponse) => {
  await updateSupplierWorkflow(req.scope).run({ input: { ...req.validatedBody, id: req.params.id } })
  res.json({ supplier: await supplierView(req.scope, req.params.id) })
}
