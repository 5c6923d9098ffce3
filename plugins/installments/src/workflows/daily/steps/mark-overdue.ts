import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { INSTALLMENTS_MODULE } from "../../../modules/installments"
import type InstallmentsModuleService from "../../../modules/installments/service"
import type { InstallmentPlanOverdueData } from "../../plans/events"
import { activePlansByBranch } from "../active-branches"

/**
 * Marks installments past their due date overdue, keeps days past due and charges the late fees
 * earned (applyOverdue, per plan under its lock). Recomputed from the dates every time, so a
 * second run the same day changes nothing and a missed day is caught up; nothing to undo.
 * Answers, per plan, the installments that fell overdue on this pass (for its overdue event).
 */
export const markOverdueStep = createStep("kassa-installments-mark-overdue", async ({ at }: { at: string }, { container }) => {
  const service: InstallmentsModuleService = container.resolve(INSTALLMENTS_MODULE)
  let plans = 0
  let late_fee_centavos = 0
  const fell: InstallmentPlanOverdueData[] = []
  for (const day of await activePlansByBranch(container, new Date(at))) {
    const due = await service.listInstallments(
      { plan_id: day.plans.map((p) => p.id), status: ["pending", "overdue"], due_date: { $lt: day.today } },
      { select: ["plan_id"] }
    )
    for (const planId of new Set(due.map((i) => (i as unknown as { plan_id: string }).plan_id))) {
      const applied = await service.applyOverdue(planId, day.today)
      late_fee_centavos += applied.late_fees
      if (applied.newly_overdue.length) fell.push({ id: planId, sequences: applied.newly_overdue, date: day.today })
      plans++
    }
  }
  return new StepResponse({ plans, late_fee_centavos, fell })
})
