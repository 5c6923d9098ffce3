import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { deletePrinterWorkflow, updatePrinterWorkflow } from "../../../../../../workflows/printing"
import { printerFields } from "../../query-config"
import type { UpdatePrinterType } from "../../validators"

async function printerOf(req: AuthenticatedMedusaRequest<unknown>) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "printer", fields: printerFields, filters: { id: req.params.id } })
  return data[0]
}

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ printer: await printerOf(req) })
}

export const POST = async (req: AuthenticatedMedusaRequest<UpdatePrinterType>, res: MedusaResponse) => {
  const { stock_location_id } = await printerOf(req)
  await updatePrinterWorkflow(req.scope).run({ input: { id: req.params.id, stock_location_id, update: req.validatedBody } })
  res.json({ printer: await printerOf(req) })
}

export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await deletePrinterWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ id: req.params.id, object: "printer", deleted: true })
}
