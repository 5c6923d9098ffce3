import type { ReadyDocument } from "@kassa/core/kit"
import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { queuePrintJobStep } from "../steps/print-jobs"
import { renderDocumentJobStep } from "../steps/render-document-job"

/** Queues another plugin's slip for the printer routed to its task: the job, or null when none is. */
export const printDocumentWorkflow = createWorkflow("kassa-printing-print-document", (input: ReadyDocument) => {
  return new WorkflowResponse(queuePrintJobStep(renderDocumentJobStep(input)))
})
