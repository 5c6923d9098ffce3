import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { PRINTING_MODULE } from "../../../../../../../modules/printing"
import type PrintingModuleService from "../../../../../../../modules/printing/service"

/** The PDF a PDF printer kept on its job (a receipt, gift receipt, invoice or slip), to download. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const [job] = await req.scope
    .resolve<PrintingModuleService>(PRINTING_MODULE)
    .listPrintJobs({ id: req.params.id }, { select: ["id", "kind", "format", "receipt_number", "payload"] })
  if (!job) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No print job ${req.params.id}`)
  if (job.format !== "pdf") throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Print job ${job.id} went to a network printer: it keeps no PDF`)
  res.setHeader("Content-Type", "application/pdf")
  res.setHeader("Content-Disposition", `attachment; filename="${job.kind}-${job.receipt_number ?? job.id}.pdf"`)
  res.status(200).send(Buffer.from(job.payload, "base64"))
}
