import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createPrinterWorkflow } from "../../../../../workflows/printing"
import { printerFields } from "../query-config"
import { branchFilter } from "../scope"
import type { CreatePrinterType, ListPrintersType } from "../validators"

export const GET = async (req: AuthenticatedMedusaRequest<unknown, ListPrintersType>, res: MedusaResponse) => {
  const { location_id, role, offset, limit } = req.validatedQuery
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "printer",
    fields: printerFields,
    filters: { ...(await branchFilter(req, location_id)), ...(role ? { role } : {}) },
    pagination: { skip: offset, take: limit, order: { created_at: "ASC" } },
  })
  res.json({ printers: data, count: metadata?.count, offset, limit })
}

/** Adds a printer to a branch (and to one of its registers, when given). */
export const POST = async (req: AuthenticatedMedusaRequest<CreatePrinterType>, res: MedusaResponse) => {
  const { location_id, ...fields } = req.validatedBody
  const { result } = await createPrinterWorkflow(req.scope).run({ input: { ...fields, stock_location_id: location_id } })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "printer", fields: printerFields, filters: { id: result.id } })
  res.status(201).json({ printer: data[0] })
}
