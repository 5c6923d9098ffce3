import { createWorkflow, transform, when, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { INSTALLMENT_PLAN_OVERDUE } from "../../plans/events"
import { markOverdueStep } from "../steps/mark-overdue"
import { sendRemindersStep } from "../steps/send-reminders"

/**
 * The daily pass over active plans (jobs/installments-daily): overdue and late fees first, so
 * the overdue reminders go out for what is overdue today. `at` (ISO time) stands in for now.
 */
export const installmentsDailyWorkflow = createWorkflow("kassa-installments-daily", (input: WorkflowData<{ at?: string }>) => {
  const at = transform({ input }, ({ input }) => ({ at: input.at ?? new Date().toISOString() }))
  const overdue = markOverdueStep(at)
  // A plan whose installments fell overdue today is told once (other systems: webhooks).
  when({ overdue }, ({ overdue }) => overdue.fell.length > 0).then(() => {
    emitEventStep({ eventName: INSTALLMENT_PLAN_OVERDUE, data: transform({ overdue }, ({ overdue }) => overdue.fell) }).config({ name: "kassa-installments-emit-overdue" })
  })
  const reminders = sendRemindersStep(at)
  const result = transform({ overdue, reminders }, ({ overdue, reminders }) => ({ plans: overdue.plans, late_fee_centavos: overdue.late_fee_centavos, reminders_sent: reminders.sent }))
  return new WorkflowResponse(result)
})
