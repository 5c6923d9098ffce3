import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { checkPrinterRegisterStep, createPrinterStep, deletePrinterStep, type PrinterFields, updatePrinterStep } from "../steps/printers"

export const createPrinterWorkflow = createWorkflow("kassa-printing-create-printer", (input: PrinterFields & { stock_location_id: string }) => {
  checkPrinterRegisterStep({ stock_location_id: input.stock_location_id, register_id: input.register_id })
  return new WorkflowResponse(createPrinterStep(input))
})

/** `stock_location_id` is the printer's own (the route read it): a printer never changes branch. */
export const updatePrinterWorkflow = createWorkflow(
  "kassa-printing-update-printer",
  (input: { id: string; stock_location_id: string; update: Partial<PrinterFields> }) => {
    checkPrinterRegisterStep({ stock_location_id: input.stock_location_id, register_id: input.update.register_id })
    const changes = transform({ input }, ({ input }) => ({ ...input.update, id: input.id }))
    return new WorkflowResponse(updatePrinterStep(changes))
  }
)

export const deletePrinterWorkflow = createWorkflow("kassa-printing-delete-printer", (input: { id: string }) => {
  return new WorkflowResponse(deletePrinterStep(input.id))
})
