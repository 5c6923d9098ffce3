import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ticketView } from "../../../../../../../sale/ticket-view"
import { addTicketLineWorkflow } from "../../../../../../../workflows/tickets"
import type { AddLineType } from "../../validators"

/** A scan (code) or a pick from search results (variant_id). */
export const POST = async (req: AuthenticatedMedusaRequest<AddLineType>, res: MedusaResponse) => {
  await addTicketLineWorkflow(req.scope).run({ input: { ticket_id: req.params.id, ...req.validatedBody } })
  res.json({ ticket: await ticketView(req.scope, req.params.id) })
}
