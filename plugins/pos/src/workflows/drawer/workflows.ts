import { createWorkflow, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { CashMovementInput, cashMovementStep } from "./steps/cash-movement"
import { IssueZInput, issueZReportStep, markClosedStep } from "./steps/close-session"
import { OpenSessionInput, openSessionStep } from "./steps/open-session"

export const openDrawerSessionWorkflow = createWorkflow("kassa-pos-open-drawer", (input: WorkflowData<OpenSessionInput>) => {
  return new WorkflowResponse(openSessionStep(input))
})

export const recordCashMovementWorkflow = createWorkflow("kassa-pos-cash-movement", (input: WorkflowData<CashMovementInput>) => {
  return new WorkflowResponse(cashMovementStep(input))
})

/** Close: the drawer stops taking sales, then its figures and the count become the Z report. */
export const closeDrawerSessionWorkflow = createWorkflow("kassa-pos-close-drawer", (input: WorkflowData<IssueZInput>) => {
  markClosedStep({ session_id: input.session_id, closed_by: input.closed_by })
  return new WorkflowResponse(issueZReportStep(input))
})
