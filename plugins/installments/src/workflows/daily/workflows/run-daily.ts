import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { markOverdueStep } from "../steps/mark-overdue"
import { sendRemindersStep } from "../steps/send-reminders"

/**
 * The daily pass over active plans (jobs/installments-daily): overdue and late fees first, so
 * the overdue reminders go out for what is overdue today. `at` (ISO time) stands in for now.
 */
export const installmentsDailyWorkflow = createWorkflow("kassa-installments-daily", (input: WorkflowData<{ at?: string }>) => {
  const at = transform({ input }, ({ input }) => ({ at: input.at ?? new Date().toISOString() }))
  const overdue = markOverdueStep(at)
  const reminders = sendRemindersStep(at)
  const result = transform({ overdue, reminders }, ({ overdue, reminders }) => ({ ...overdue, reminders_sent: reminders.sent }))
  return new WorkflowResponse(result)
})
