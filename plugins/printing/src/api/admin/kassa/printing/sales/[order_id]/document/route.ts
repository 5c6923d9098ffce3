import { POS_MODULE, renderReceiptHtml, saleReceiptData, textDocumentHtml, type PosModuleService } from "@kassa/pos/kit"
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { giftReceiptLines } from "../../../../../../../escpos/gift-receipt"
import type { SaleDocumentType } from "../../../validators"

// The gift receipt on screen has the 80 mm roll's 42 columns, as the counter's other slips.
const ROLL_COLUMNS = 42

/**
 * A sale's gift receipt (80 mm, no prices) or A4 invoice as a print-ready HTML document, for a
 * counter whose route for that task is the browser: the counter prints it from an iframe.
 * `{ html }`, as the counter's client reads JSON.
 */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, SaleDocumentType>, res: MedusaResponse) => {
  const [ticket] = await req.scope.resolve<PosModuleService>(POS_MODULE).listTickets({ order_id: req.params.order_id }, { select: ["receipt_number"] })
  if (!ticket?.receipt_number) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${req.params.order_id} is not a completed counter sale`)
  const data = await saleReceiptData(req.scope, req.params.order_id)
  const html =
    req.validatedQuery.document === "invoice"
      ? renderReceiptHtml(data, { layout: "a4" })
      : textDocumentHtml(
          giftReceiptLines(data, ROLL_COLUMNS).map((line) => line.text),
          `Gift receipt ${data.receipt_number}`,
          { logoUrl: data.logo?.url }
        )
  res.json({ html })
}
