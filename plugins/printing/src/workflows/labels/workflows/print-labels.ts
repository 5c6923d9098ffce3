import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { queueLabelJobStep } from "../steps/queue-label-job"
import { renderLabelJobStep, type PrintLabelsInput } from "../steps/render-label-job"

/** Queues labels for a branch's label printer; the print queue sends them (drainPrintQueue). */
export const printLabelsWorkflow = createWorkflow("kassa-printing-print-labels", (input: PrintLabelsInput) => {
  return new WorkflowResponse(queueLabelJobStep(renderLabelJobStep(input)))
})
