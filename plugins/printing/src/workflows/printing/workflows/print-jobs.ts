import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { queuePrintJobStep, renderReceiptJobStep, renderReturnSlipJobStep, renderTestPageJobStep, type RenderReceiptInput } from "../steps/print-jobs"

/**
 * Queues a sale's receipt for its printer: the job, or null when no printer serves that counter.
 * Sending is the queue's business (drainPrintQueue), never this workflow's: a printer that is
 * off cannot fail or slow the sale or the request.
 */
export const printReceiptWorkflow = createWorkflow("kassa-printing-print-receipt", (input: RenderReceiptInput) => {
  return new WorkflowResponse(queuePrintJobStep(renderReceiptJobStep(input)))
})

export const printTestPageWorkflow = createWorkflow("kassa-printing-print-test-page", (input: { printer_id: string; requested_by: string | null }) => {
  return new WorkflowResponse(queuePrintJobStep(renderTestPageJobStep(input)))
})

/** Queues a counter return's refund slip for the printer routed to it: the job, or null when none is. */
export const printReturnSlipWorkflow = createWorkflow(
  "kassa-printing-print-return-slip",
  (input: { return_id: string; stock_location_id: string; register_id: string; created_by: string }) => {
    return new WorkflowResponse(queuePrintJobStep(renderReturnSlipJobStep(input)))
  }
)
