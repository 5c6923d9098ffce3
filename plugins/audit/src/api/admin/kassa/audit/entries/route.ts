import { visibleBranches } from "@kassa/core/kit"
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { AUDIT_MODULE } from "../../../../../modules/audit"
import type AuditModuleService from "../../../../../modules/audit/service"
import { withEntityLabels } from "../entity-labels"
import type { ListAuditType } from "../validators"

/**
 * The log, newest first, filtered; `before` = the previous page's next_cursor. Staff of some
 * branches read their branches' entries and those tied to no branch (catalog, customers, users).
 */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, ListAuditType>, res: MedusaResponse) => {
  const { before, limit, ...filters } = req.validatedQuery
  const audit: AuditModuleService = req.scope.resolve(AUDIT_MODULE)
  const page = await audit.list({ ...filters, branches: await visibleBranches(req) }, { before, limit })
  res.json({ ...page, entries: await withEntityLabels(req.scope, page.entries), limit })
}
