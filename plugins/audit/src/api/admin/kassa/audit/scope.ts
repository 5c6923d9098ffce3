import { accessOf } from "@kassa/core/kit"
import type { MedusaRequest } from "@medusajs/framework/http"
import type { AuditFilters } from "../../../../modules/audit/service"
import type { AuditFiltersType } from "./validators"

/**
 * Staff of every branch read the whole log; others read their branches' entries and those tied
 * to no branch (catalog, customers, users).
 */
export async function scopedFilters(req: MedusaRequest, filters: AuditFiltersType): Promise<AuditFilters> {
  const access = await accessOf(req)
  return { ...filters, branches: access.allBranches ? null : access.staff?.branch_ids ?? [] }
}
