import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ticketView } from "../../../../../../../../sale/ticket-view"
import { removeTicketLineWorkflow, updateTicketLineWorkflow } from "../../../../../../../../workflows/tickets"
import { counterCaller } from "../../../caller"
import { ticketBranch } from "../../../../../../../branch-of-ticket"
import type { UpdateLineType } from "../../../validators"

/** Quantity, serial numbers, a line discount or a price override (with its reason). */
export const POST = async (req: AuthenticatedMedusaRequest<UpdateLineType>, res: MedusaResponse) => {
  const { approval, discount, ...rest } = req.validatedBody
  const caller = await counterCaller(req, await ticketBranch(req))
  const patch = {
    ...rest,
    ...(discount !== undefined ? { discount_type: discount?.type ?? null, discount_value: discount?.value ?? null } : {}),
    ...(rest.override_price === null ? { override_reason: null, override_by: null } : {}),
  }
  await updateTicketLineWorkflow(req.scope).run({
    input: { ticket_id: req.params.id, line_id: req.params.line_id, patch, approval, caller },
  })
  res.json({ ticket: await ticketView(req.scope, req.params.id) })
}

export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await removeTicketLineWorkflow(req.scope).run({ input: { ticket_id: req.params.id, line_id: req.params.line_id } })
  res.json({ ticket: await ticketView(req.scope, req.params.id) })
}
