import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { BarcodeNumbering } from "../../../barcodes/numbering"
import { PRINTING_MODULE } from "../../../modules/printing"
import type PrintingModuleService from "../../../modules/printing/service"

/** Saves the store's numbering; undone by putting back what it was. */
export const saveBarcodeNumberingStep = createStep(
  "kassa-printing-save-barcode-numbering",
  async (input: Partial<BarcodeNumbering>, { container }) => {
    const printing = container.resolve<PrintingModuleService>(PRINTING_MODULE)
    const before = await printing.barcodeNumbering()
    const saved = await printing.saveBarcodeNumbering({ ...before, ...input })
    return new StepResponse(saved, before)
  },
  async (before, { container }) => {
    if (before) await container.resolve<PrintingModuleService>(PRINTING_MODULE).saveBarcodeNumbering(before)
  }
)
