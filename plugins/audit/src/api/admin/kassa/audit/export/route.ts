import { visibleBranches } from "@kassa/core/kit"
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { stringify } from "csv-stringify"
import { once } from "node:events"
import { AUDIT_MODULE } from "../../../../../modules/audit"
import type AuditModuleService from "../../../../../modules/audit/service"
import type { AuditFiltersType } from "../validators"

const COLUMNS = [
  "seq", "occurred_at", "actor_type", "actor_id", "actor_name", "action", "entity_type", "entity_id",
  "branch_id", "changes", "ip", "user_agent", "correlation_id", "reason", "hash",
]

/** The filtered log as CSV, oldest first, streamed: memory stays flat at any size. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AuditFiltersType>, res: MedusaResponse) => {
  const audit: AuditModuleService = req.scope.resolve(AUDIT_MODULE)
  const filters = { ...req.validatedQuery, branches: await visibleBranches(req) }
  res.setHeader("Content-Type", "text/csv; charset=utf-8")
  res.setHeader("Content-Disposition", `attachment; filename="audit-${new Date().toISOString().slice(0, 10)}.csv"`)
  const csv = stringify({ header: true, columns: COLUMNS })
  csv.pipe(res)
  for await (const batch of audit.stream(filters)) {
    for (const e of batch) {
      const row = { ...e, occurred_at: new Date(e.occurred_at).toISOString(), changes: JSON.stringify(e.changes) }
      if (!csv.write(row)) await once(csv, "drain")
    }
  }
  csv.end()
}
