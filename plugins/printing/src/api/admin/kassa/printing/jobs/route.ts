import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { printJobFields } from "../query-config"
import { branchFilter } from "../scope"
import type { ListPrintJobsType } from "../validators"

/** The print history, newest first: what went to which printer, and how it went. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, ListPrintJobsType>, res: MedusaResponse) => {
  const { location_id, printer_id, order_id, status, offset, limit } = req.validatedQuery
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const filters = {
    ...(await branchFilter(req, location_id)),
    ...(printer_id ? { printer_id } : {}),
    ...(order_id ? { order_id } : {}),
    ...(status ? { status } : {}),
  }
  const { data, metadata } = await query.graph({
    entity: "print_job",
    fields: printJobFields,
    filters,
    pagination: { skip: offset, take: limit, order: { created_at: "DESC" } },
  })
  res.json({ print_jobs: data, count: metadata?.count, offset, limit })
}
