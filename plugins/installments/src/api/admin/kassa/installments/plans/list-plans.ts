import { accessOf, visibleBranches } from "@kassa/core/kit"
import type { MedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { approvalLimit } from "../../../../../approval/approval-refusal"
import { planViews, PLAN_FIELDS, type PlanRow } from "../../../../../plans/plan-view"
import { toAmount } from "../../../../../schedule/money"
import type { ListPlansType } from "../validators"

/**
 * Plans matching the list's filters, within the caller's branches. Looking a customer up
 * (customer_id) spans every branch: customers pay at any branch.
 */
export async function listPlans(req: MedusaRequest, q: ListPlansType, page: { offset: number; limit: number }) {
  const filters: Record<string, unknown> = {}
  if (q.status) filters.status = q.status
  if (q.customer_id) filters.customer_id = q.customer_id
  if (q.order_id) filters.order_id = q.order_id
  if (q.officer_id) filters.$or = [{ approved_by: q.officer_id }, { rejected_by: q.officer_id }]
  if (q.overdue !== undefined) filters.days_past_due = q.overdue ? { $gt: 0 } : 0
  const lookup = q.customer_id || q.order_id
  const scope = lookup && !q.location_id ? { all: true as const } : await visibleBranches(req, q.location_id)
  if (!scope.all) filters.stock_location_id = scope.ids
  if (q.approvable) Object.assign(filters, await approvableBy(req))

  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "installment_plan",
    fields: PLAN_FIELDS,
    filters,
    pagination: { skip: page.offset, take: page.limit, order: { created_at: "DESC" } },
  })
  return { plans: await planViews(req.scope, data as PlanRow[]), count: metadata?.count ?? data.length }
}

/** Pending applications the caller may approve: not their own sale, within their limit. */
async function approvableBy(req: MedusaRequest) {
  const access = await accessOf(req)
  const filters: Record<string, unknown> = { status: "pending_approval", sold_by: { $ne: access.actor.id } }
  if (access.can("installment:approve_any") || !access.staff) return filters
  return { ...filters, amount_financed: { $lte: toAmount(await approvalLimit(req.scope, access.staff.id)) } }
}
