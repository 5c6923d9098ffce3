import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { recordSupplierInvoiceWorkflow } from "../../../../../../../workflows/receiving"
import type { InvoiceType } from "../../../validators"

/** The supplier's invoice for what has arrived on the order and is not invoiced yet; its number once per supplier (409 naming the first). */
export const POST = async (req: AuthenticatedMedusaRequest<InvoiceType>, res: MedusaResponse) => {
  const { result } = await recordSupplierInvoiceWorkflow(req.scope).run({
    input: {
      purchase_order_id: req.params.id,
      supplier_invoice_number: req.validatedBody.supplier_invoice_number,
      invoice_date: req.validatedBody.invoice_date ?? null,
      recorded_by: req.auth_context.actor_id,
    },
  })
  res.status(201).json({ invoice: result })
}
