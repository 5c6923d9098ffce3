import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { preorderSlip } from "../../../../../../slips/preorder-slip"
import type { SlipQueryType } from "../../validators"

/** A payment's slip (the latest when no `receipt_number`): `{slip: {receipt_number, lines}}`, or `format=text`. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, SlipQueryType>, res: MedusaResponse) => {
  const slip = await preorderSlip(req.scope, { preorder_id: req.params.id, receipt_number: req.validatedQuery.receipt_number })
  if (!slip) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Pre-order ${req.params.id} has no payment ${req.validatedQuery.receipt_number}`)
  if (req.validatedQuery.format === "text") {
    res.setHeader("Content-Type", "text/plain; charset=utf-8")
    res.send(slip.lines.join("\n") + "\n")
    return
  }
  res.json({ slip: { receipt_number: slip.receipt_number, lines: slip.lines } })
}
