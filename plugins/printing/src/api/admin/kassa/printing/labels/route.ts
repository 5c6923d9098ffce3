import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { labelsFor, type LabelRequest } from "../../../../../labels/label-data"
import { labelsPdf } from "../../../../../labels/pdf"
import { drainPrintQueue } from "../../../../../queue/print-queue"
import { printLabelsWorkflow } from "../../../../../workflows/labels"
import type { PrintLabelsType } from "./validators"

/**
 * Labels for variants (a delivery's lines with quantities) or for whole products: a PDF of
 * 55 × 25 mm pages to download, or a job for a label printer at the branch (202).
 */
export const POST = async (req: AuthenticatedMedusaRequest<PrintLabelsType>, res: MedusaResponse) => {
  const body = req.validatedBody
  const request: LabelRequest = body.items ? { items: body.items } : { product_ids: body.product_ids!, quantity: body.quantity ?? 1 }
  if (body.format === "printer") {
    const { result } = await printLabelsWorkflow(req.scope).run({
      input: { location_id: body.location_id, request, printer_id: body.printer_id, requested_by: req.auth_context.actor_id },
    })
    void drainPrintQueue(req.scope)
    const { payload: _, ...job } = result
    return res.status(202).json({ print_jobs: [job] })
  }
  const pdf = await labelsPdf(await labelsFor(req.scope, request))
  res.setHeader("Content-Type", "application/pdf")
  res.setHeader("Content-Disposition", 'attachment; filename="labels.pdf"')
  res.status(200).send(pdf)
}
