import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { AUDIT_MODULE } from "../../../../../modules/audit"
import type AuditModuleService from "../../../../../modules/audit/service"

/** Recomputes the whole chain: ok, or the first entry that was altered or removed. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const audit: AuditModuleService = req.scope.resolve(AUDIT_MODULE)
  res.json(await audit.verify())
}
