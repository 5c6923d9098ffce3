import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { capacityOf, prefixOf, type BarcodeNumbering } from "../../../../../barcodes/numbering"
import { PRINTING_MODULE } from "../../../../../modules/printing"
import type PrintingModuleService from "../../../../../modules/printing/service"
import { saveBarcodeNumberingWorkflow } from "../../../../../workflows/barcodes"
import type { SaveBarcodeSettingsType } from "./validators"

/** The settings as stored, and what they mean: the prefix codes start with and how many it allows. */
const described = (numbering: BarcodeNumbering) => {
  const prefix = prefixOf(numbering)
  return { ...numbering, prefix, internal: !numbering.gs1_prefix, capacity: capacityOf(prefix) }
}

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const numbering = await req.scope.resolve<PrintingModuleService>(PRINTING_MODULE).barcodeNumbering()
  res.json({ barcode_settings: described(numbering) })
}

export const POST = async (req: AuthenticatedMedusaRequest<SaveBarcodeSettingsType>, res: MedusaResponse) => {
  const { result } = await saveBarcodeNumberingWorkflow(req.scope).run({ input: req.validatedBody })
  res.json({ barcode_settings: described(result) })
}
