import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { INSTALLMENTS_MODULE } from "../../../modules/installments"
import type InstallmentsModuleService from "../../../modules/installments/service"

export type Decision = { plan_id: string; decision: "approve" | "reject"; user_id: string; note: string }

/**
 * Records the decision with who made it, when and why, on a plan still pending only. Approval
 * also marks the goods released (the workflow hands them over next); undone, the plan is
 * pending again.
 */
export const decidePlanStep = createStep(
  "kassa-installments-decide-plan",
  async (input: Decision, { container }) => {
    const service: InstallmentsModuleService = container.resolve(INSTALLMENTS_MODULE)
    const now = new Date()
    await service.decidePendingPlan(
      input.decision === "approve"
        ? { id: input.plan_id, status: "active", approved_by: input.user_id, approved_at: now, goods_released_at: now, decision_note: input.note }
        : { id: input.plan_id, status: "rejected", rejected_by: input.user_id, rejected_at: now, decision_note: input.note }
    )
    return new StepResponse(input.plan_id, input.plan_id)
  },
  async (planId, { container }) => {
    if (!planId) return
    await container.resolve<InstallmentsModuleService>(INSTALLMENTS_MODULE).updateInstallmentPlans({
      id: planId,
      status: "pending_approval",
      approved_by: null,
      approved_at: null,
      goods_released_at: null,
      rejected_by: null,
      rejected_at: null,
      decision_note: null,
    })
  }
)
