import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { CUSTOMER_PLAN_FIELDS, planViews, type PlanRow } from "../../../../../plans/plan-view"

/** The signed-in customer's plans (all but rejected and canceled applications). */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "installment_plan",
    fields: CUSTOMER_PLAN_FIELDS,
    filters: { customer_id: req.auth_context.actor_id, status: ["pending_approval", "active", "completed"] },
    pagination: { order: { created_at: "DESC" } },
  })
  res.json({ plans: await planViews(req.scope, data as PlanRow[]) })
}
