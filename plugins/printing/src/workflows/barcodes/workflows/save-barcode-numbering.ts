import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { BarcodeNumbering } from "../../../barcodes/numbering"
import { saveBarcodeNumberingStep } from "../steps/save-barcode-numbering"

/**
 * Changes how new variants are numbered from now on. Codes already given stay as they are, and
 * each prefix keeps its own sequence: going back to a prefix continues where it stopped.
 */
export const saveBarcodeNumberingWorkflow = createWorkflow("kassa-printing-save-barcode-numbering", (input: Partial<BarcodeNumbering>) => {
  return new WorkflowResponse(saveBarcodeNumberingStep(input))
})
