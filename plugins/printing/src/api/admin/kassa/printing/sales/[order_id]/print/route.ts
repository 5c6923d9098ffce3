import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { drainPrintQueue } from "../../../../../../../queue/print-queue"
import { printReceiptWorkflow } from "../../../../../../../workflows/printing"
import type { PrintReceiptType } from "../../../validators"

/**
 * Prints a sale's document again without opening the drawer: its receipt marked REPRINT (or
 * CUSTOMER COPY with `copy: "customer"`), its gift receipt, or its A4 invoice; on the printer
 * given, else the one routed to the task at the sale's counter. `202` with the job, or `200`
 * with `print_job: null` and `print_in_browser: true` when the route's printer is the browser.
 */
export const POST = async (req: AuthenticatedMedusaRequest<PrintReceiptType>, res: MedusaResponse) => {
  const { document, printer_id, copy } = req.validatedBody
  const { result } = await printReceiptWorkflow(req.scope).run({
    input: { order_id: req.params.order_id, kind: document === "receipt" ? "reprint" : document, printer_id, copy, requested_by: req.auth_context.actor_id },
  })
  if (!result) return res.status(200).json({ print_job: null, print_in_browser: true })
  void drainPrintQueue(req.scope)
  const { payload: _, ...job } = result
  res.status(202).json({ print_job: job })
}
