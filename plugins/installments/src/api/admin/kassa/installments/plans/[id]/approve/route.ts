import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { approvalRefusal } from "../../../../../../../approval/approval-refusal"
import { INSTALLMENTS_MODULE } from "../../../../../../../modules/installments"
import type InstallmentsModuleService from "../../../../../../../modules/installments/service"
import { approvePlanWorkflow, escalatePlanWorkflow } from "../../../../../../../workflows/plans"
import type { DecisionType } from "../../../validators"
import { decidedPlan } from "../decided-plan"

/**
 * Approves an application and hands the goods over. Above the officer's limit it is refused
 * (403) and recorded as escalated, for an officer with a higher limit or a manager.
 */
export const POST = async (req: AuthenticatedMedusaRequest<DecisionType>, res: MedusaResponse) => {
  const user_id = req.auth_context.actor_id
  const service: InstallmentsModuleService = req.scope.resolve(INSTALLMENTS_MODULE)
  const plan = await service.retrieveInstallmentPlan(req.params.id, { select: ["id", "status", "sold_by", "amount_financed"] })
  const refusal = plan.status === "pending_approval" ? await approvalRefusal(req.scope, plan, user_id, "approve") : null
  if (refusal?.reason === "over_limit") {
    await escalatePlanWorkflow(req.scope).run({ input: { plan_id: plan.id, user_id, note: req.validatedBody.note } })
  }
  if (refusal) throw new MedusaError(MedusaError.Types.FORBIDDEN, refusal.message)
  await approvePlanWorkflow(req.scope).run({ input: { plan_id: plan.id, user_id, note: req.validatedBody.note } })
  res.json({ plan: await decidedPlan(req) })
}
