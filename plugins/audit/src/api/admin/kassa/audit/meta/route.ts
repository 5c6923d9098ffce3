import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { AUDIT_MODULE } from "../../../../../modules/audit"
import type AuditModuleService from "../../../../../modules/audit/service"

const ACTIONS = [
  "create", "update", "delete", "restore",
  "auth.sign_in", "auth.sign_in_failed", "auth.sign_in_refused", "auth.locked_out", "auth.sign_out",
  "pin.verify", "pin.override", "access.denied", "bulk.import",
]

/** What the filters offer: the entity types being captured and the actions the log knows. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const audit: AuditModuleService = req.scope.resolve(AUDIT_MODULE)
  res.json({ entity_types: await audit.entityTypes(), actions: ACTIONS })
}
