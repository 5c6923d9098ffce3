import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { createSupplierWorkflow } from "../../../../../workflows/suppliers"
import type { CreateSupplierType, ListSuppliersType } from "../validators"
import { listStockSuppliers } from "./list-suppliers"
import { supplierView } from "./supplier-view"

/** Suppliers by name, each with its contract status; archived ones only with `archived=true`. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json(await listStockSuppliers(req.scope, req.validatedQuery as ListSuppliersType))
}

export const POST = async (req: AuthenticatedMedusaRequest<CreateSupplierType>, res: MedusaResponse) => {
  const { result } = await createSupplierWorkflow(req.scope).run({ input: req.validatedBody })
  res.status(201).json({ supplier: await supplierView(req.scope, result.id) })
}
