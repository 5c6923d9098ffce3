/**
 * What other plugins and scripts import from @kassa/audit/kit. Requests are attributed on their
 * own; a job or script that acts for someone runs its work inside runWithAuditContext.
 */
export { AUDIT_MODULE } from "./modules/audit"
export type { default as AuditModuleService, AuditEntry, AuditEvent, AuditFilters, VerifyResult } from "./modules/audit/service"
export { runWithAuditContext, currentAuditContext } from "./modules/audit/request-context"
export type { AuditContext } from "./modules/audit/request-context"
export { recordBulkImport } from "./modules/audit/bulk"
