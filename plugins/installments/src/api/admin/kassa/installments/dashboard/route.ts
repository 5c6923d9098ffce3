import { branchAtOr404, DEFAULT_TIMEZONE, visibleBranches } from "@kassa/core/kit"
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { INSTALLMENTS_MODULE } from "../../../../../modules/installments"
import type InstallmentsModuleService from "../../../../../modules/installments/service"
import { localDate } from "../../../../../schedule/due-dates"
import type { DashboardType } from "../validators"

/**
 * The dashboard's installment figures for a branch (or the caller's branches): outstanding
 * balance, overdue plans and amount, today's expected collections against what was collected.
 */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, DashboardType>, res: MedusaResponse) => {
  const branches = await visibleBranches(req, req.validatedQuery.location_id)
  const service: InstallmentsModuleService = req.scope.resolve(INSTALLMENTS_MODULE)
  // Today is the first branch's date: Kassa's branches share a time zone in practice.
  const [first] = branches.all ? (await service.listInstallmentTerms({}, { select: ["stock_location_id"], take: 1 })).map((t) => t.stock_location_id) : branches.ids
  const time_zone = first ? (await branchAtOr404(req.scope, first)).timezone : DEFAULT_TIMEZONE
  const today = localDate(new Date(), time_zone)
  res.json({ today, figures: await service.figures({ branches, today, time_zone }) })
}
