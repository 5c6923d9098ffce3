import { logoBytes, logoFor } from "@kassa/core/kit"
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { claimSlipData } from "../../../../../../../slips/claim-slip-data"
import { claimSlipPdf } from "../../../../../../../slips/claim-slip-pdf"

/** The claim slip handed to the customer, as a PDF. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const found = await claimSlipData(req.scope, req.params.id)
  if (!found) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No warranty claim ${req.params.id}`)
  // The branch's logo at the top; one that cannot be read leaves the slip without it.
  const logo = await logoFor(req.scope, found.stock_location_id)
  const pdf = await claimSlipPdf(found.slip, logo ? await logoBytes(req.scope, logo.file_id).catch(() => null) : null)
  res.setHeader("Content-Type", "application/pdf")
  res.setHeader("Content-Disposition", `inline; filename="${found.slip.claim_id}.pdf"`)
  res.send(pdf)
}
