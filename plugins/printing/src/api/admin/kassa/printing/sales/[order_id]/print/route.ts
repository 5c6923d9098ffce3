import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { drainPrintQueue } from "../../../../../../../queue/print-queue"
import { printReceiptWorkflow } from "../../../../../../../workflows/printing"
import type { PrintReceiptType } from "../../../validators"

/**
 * Reprints a sale's receipt, marked REPRINT (or CUSTOMER COPY with `copy: "customer"`) and
 * without opening the drawer: on the printer given, else the one routed to the sale's counter.
 */
export const POST = async (req: AuthenticatedMedusaRequest<PrintReceiptType>, res: MedusaResponse) => {
  const { result } = await printReceiptWorkflow(req.scope).run({
    input: { order_id: req.params.order_id, kind: "reprint", printer_id: req.validatedBody.printer_id, copy: req.validatedBody.copy, requested_by: req.auth_context.actor_id },
  })
  void drainPrintQueue(req.scope)
  const { payload: _, ...job } = result!
  res.status(202).json({ print_job: job })
}
