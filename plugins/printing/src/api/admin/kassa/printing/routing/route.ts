import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { setPrintRouteWorkflow } from "../../../../../workflows/printing"
import { printRouteFields } from "../query-config"
import { branchFilter } from "../scope"
import type { ListPrintRoutesType, SetPrintRouteType } from "../validators"

/** The routing table of the caller's branches (or the one asked for): which printer prints which task. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, ListPrintRoutesType>, res: MedusaResponse) => {
  const { location_id, task, offset, limit } = req.validatedQuery
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "print_route",
    fields: printRouteFields,
    filters: { ...(await branchFilter(req, location_id)), ...(task ? { task } : {}) },
    pagination: { skip: offset, take: limit, order: { created_at: "ASC" } },
  })
  res.json({ print_routes: data, count: metadata?.count, offset, limit })
}

/** Sets the printer of a task for the branch, a register, a role or both: the route is changed or added. */
export const POST = async (req: AuthenticatedMedusaRequest<SetPrintRouteType>, res: MedusaResponse) => {
  const { location_id, ...route } = req.validatedBody
  const { result } = await setPrintRouteWorkflow(req.scope).run({ input: { ...route, stock_location_id: location_id } })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "print_route", fields: printRouteFields, filters: { id: result.id } })
  res.json({ print_route: data[0] })
}
