import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { POS_DRAWER_CLOSED } from "./events"
import { CashMovementInput, cashMovementStep } from "./steps/cash-movement"
import { IssueZInput, issueZReportStep, markClosedStep } from "./steps/close-session"
import { OpenSessionInput, openSessionStep } from "./steps/open-session"

export const openDrawerSessionWorkflow = createWorkflow("kassa-pos-open-drawer", (input: WorkflowData<OpenSessionInput>) => {
  return new WorkflowResponse(openSessionStep(input))
})

export const recordCashMovementWorkflow = createWorkflow("kassa-pos-cash-movement", (input: WorkflowData<CashMovementInput>) => {
  return new WorkflowResponse(cashMovementStep(input))
})

/**
 * Close: the drawer stops taking sales, then its figures and the count become the Z report. The
 * event, sent once the close has committed, offers the report to a printer (subscribers/z-report-slip).
 */
export const closeDrawerSessionWorkflow = createWorkflow("kassa-pos-close-drawer", (input: WorkflowData<IssueZInput>) => {
  markClosedStep({ session_id: input.session_id, closed_by: input.closed_by })
  const report = issueZReportStep(input)
  emitEventStep({ eventName: POS_DRAWER_CLOSED, data: { session_id: input.session_id, closed_by: input.closed_by } }).config({
    name: "kassa-pos-emit-drawer-closed",
  })
  return new WorkflowResponse(report)
})
