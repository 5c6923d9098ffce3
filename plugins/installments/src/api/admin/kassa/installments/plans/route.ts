import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { ListPlansType } from "../validators"
import { listPlans } from "./list-plans"

/** Plans by status, branch, overdue, officer or customer; `approvable=true` is the officer's queue. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, ListPlansType>, res: MedusaResponse) => {
  const { offset, limit } = req.validatedQuery
  const { plans, count } = await listPlans(req, req.validatedQuery, { offset, limit })
  res.json({ plans, count, offset, limit })
}
