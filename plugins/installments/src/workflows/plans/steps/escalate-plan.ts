import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { INSTALLMENTS_MODULE } from "../../../modules/installments"
import type InstallmentsModuleService from "../../../modules/installments/service"

/** Marks an application as escalated above the officer who tried to approve it. */
export const escalatePlanStep = createStep(
  "kassa-installments-escalate-plan",
  async (input: { plan_id: string; user_id: string; note: string }, { container }) => {
    const service: InstallmentsModuleService = container.resolve(INSTALLMENTS_MODULE)
    const before = await service.retrieveInstallmentPlan(input.plan_id, { select: ["id", "escalated_by", "escalated_at", "escalation_note"] })
    await service.updateInstallmentPlans({ id: input.plan_id, escalated_by: input.user_id, escalated_at: new Date(), escalation_note: input.note })
    return new StepResponse(input.plan_id, before)
  },
  async (before, { container }) => {
    if (!before) return
    await container.resolve<InstallmentsModuleService>(INSTALLMENTS_MODULE).updateInstallmentPlans({
      id: before.id,
      escalated_by: before.escalated_by,
      escalated_at: before.escalated_at,
      escalation_note: before.escalation_note,
    })
  }
)
