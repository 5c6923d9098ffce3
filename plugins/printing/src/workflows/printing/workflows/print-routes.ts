import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { checkPrinterRegisterStep } from "../steps/printers"
import { checkPrintRouteStep, deletePrintRouteStep, setPrintRouteStep, type PrintRouteInput } from "../steps/print-routes"

/** Routes a task at a branch (for a register, a role, or both) to one of the branch's printers. */
export const setPrintRouteWorkflow = createWorkflow("kassa-printing-set-print-route", (input: PrintRouteInput) => {
  checkPrinterRegisterStep({ stock_location_id: input.stock_location_id, register_id: input.register_id })
  checkPrintRouteStep(input)
  return new WorkflowResponse(setPrintRouteStep(input))
})

export const deletePrintRouteWorkflow = createWorkflow("kassa-printing-delete-print-route", (input: { id: string }) => {
  return new WorkflowResponse(deletePrintRouteStep(input.id))
})
