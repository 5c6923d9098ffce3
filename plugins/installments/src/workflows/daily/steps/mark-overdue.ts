import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { INSTALLMENTS_MODULE } from "../../../modules/installments"
import type InstallmentsModuleService from "../../../modules/installments/service"
import { activePlansByBranch } from "../active-branches"

/**
 * Marks installments past their due date overdue, keeps days past due and charges the late fees
 * earned (applyOverdue, per plan under its lock). Recomputed from the dates every time, so a
 * second run the same day changes nothing and a missed day is caught up; nothing to undo.
 */
export const markOverdueStep = createStep("kassa-installments-mark-overdue", async ({ at }: { at: string }, { container }) => {
  const service: InstallmentsModuleService = container.resolve(INSTALLMENTS_MODULE)
  let plans = 0
  let late_fee_centavos = 0
  for (const day of await activePlansByBranch(container, new Date(at))) {
    const due = await service.listInstallments(
      { plan_id: day.plans.map((p) => p.id), status: ["pending", "overdue"], due_date: { $lt: day.today } },
      { select: ["plan_id"] }
    )
    for (const planId of new Set(due.map((i) => (i as unknown as { plan_id: string }).plan_id))) {
      late_fee_centavos += (await service.applyOverdue(planId, day.today)).late_fees
      plans++
    }
  }
  return new StepResponse({ plans, late_fee_centavos })
})
