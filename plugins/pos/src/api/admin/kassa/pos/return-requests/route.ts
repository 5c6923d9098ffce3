import { accessOf } from "@kassa/core/kit"
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { registerLocation } from "../../../../branch-of-register"
import { listReturnRequestViews, returnRequestView } from "../../../../../sale/return-requests"
import { submitReturnRequestWorkflow } from "../../../../../workflows/return-requests"
import type { ListReturnRequestsType, SubmitReturnRequestType } from "./validators"

/**
 * Return requests at the caller's branches (one branch with `location_id`), newest first: the
 * managers' queue (`status=pending`) and the counter's list of approved ones to complete.
 */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, ListReturnRequestsType>, res: MedusaResponse) => {
  const access = await accessOf(req)
  const { location_id, status, offset, limit } = req.validatedQuery
  const branches = location_id ? [location_id] : access.allBranches ? undefined : [...(access.staff?.branch_ids ?? [])]
  const filters = { ...(branches ? { stock_location_id: branches } : {}), ...(status ? { status } : {}) }
  const { items, count } = await listReturnRequestViews(req.scope, filters, { skip: offset, take: limit })
  res.json({ return_requests: items, count, offset, limit })
}

/**
 * A return or exchange (`new_items`) that needs a manager's approval, asked for without one at
 * hand: recorded as a pending request (nothing moves), with a slip for the customer. One within
 * the branch's limits is refused here: the counter makes it at once.
 */
export const POST = async (req: AuthenticatedMedusaRequest<SubmitReturnRequestType>, res: MedusaResponse) => {
  const access = await accessOf(req)
  if (!access.staff) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "A return request is made by a staff member, not an API key")
  const body = req.validatedBody
  const { result } = await submitReturnRequestWorkflow(req.scope).run({
    input: { ...body, stock_location_id: await registerLocation(req.scope, body.register_id), requested_by: access.staff.id },
  })
  res.status(201).json({ return_request: await returnRequestView(req.scope, result.id) })
}
