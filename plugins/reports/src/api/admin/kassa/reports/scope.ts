import { branchAt, DEFAULT_TIMEZONE, visibleBranches, type BranchScope } from "@kassa/core/kit"
import type { MedusaRequest } from "@medusajs/framework/http"
import type { SalesPeriod } from "../../../../sales/sales-report"

/**
 * The branches a report covers (the one asked for, else the caller's) and the time zone its
 * dates are read in: the asked branch's, else the first visible branch's (Kassa's branches
 * share one in practice; each sale is still dated in its own branch's zone).
 */
export async function reportScope(req: MedusaRequest, branchId?: string): Promise<{ scope: BranchScope; timezone: string }> {
  const scope = await visibleBranches(req, branchId)
  const first = scope.all ? null : scope.ids[0]
  const branch = first ? await branchAt(req.scope, { stock_location_id: first }) : null
  return { scope, timezone: branch?.timezone ?? DEFAULT_TIMEZONE }
}

const localDate = (at: Date, timeZone: string) =>
  new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(at)

/** The period asked for; by default the 30 days ending today (in `timezone`). */
export function periodOf(q: { from?: string; to?: string }, timezone: string, now = new Date()): SalesPeriod {
  const to = q.to ?? localDate(now, timezone)
  const from = q.from ?? new Date(Date.parse(`${to}T00:00:00Z`) - 29 * 86_400_000).toISOString().slice(0, 10)
  return { from: from <= to ? from : to, to }
}
