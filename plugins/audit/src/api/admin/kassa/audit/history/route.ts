import { visibleBranches } from "@kassa/core/kit"
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { AUDIT_MODULE } from "../../../../../modules/audit"
import type AuditModuleService from "../../../../../modules/audit/service"
import { withEntityLabels } from "../entity-labels"
import type { HistoryType } from "../validators"
import { relatedIds } from "./related-ids"

/** The history of an order, product or customer, for the widgets on their admin pages. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, HistoryType>, res: MedusaResponse) => {
  const { type, id, limit } = req.validatedQuery
  const audit: AuditModuleService = req.scope.resolve(AUDIT_MODULE)
  const entries = await audit.history(await relatedIds(req.scope, { type, id }), { branches: await visibleBranches(req), limit })
  res.json({ entries: await withEntityLabels(req.scope, entries) })
}
