import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ticketView } from "../../../../../../sale/ticket-view"
import { updateTicketWorkflow } from "../../../../../../workflows/tickets"
import { counterCaller } from "../caller"
import { ticketBranch } from "../../../../../branch-of-ticket"
import type { UpdateTicketType } from "../validators"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ ticket: await ticketView(req.scope, req.params.id) })
}

/** Customer, sales agent, whole-sale discount, promotion codes, note; park, resume or void. */
export const POST = async (req: AuthenticatedMedusaRequest<UpdateTicketType>, res: MedusaResponse) => {
  const { approval, discount, ...rest } = req.validatedBody
  const caller = await counterCaller(req, await ticketBranch(req))
  const patch = {
    ...rest,
    ...(discount !== undefined ? { discount_type: discount?.type ?? null, discount_value: discount?.value ?? null } : {}),
  }
  await updateTicketWorkflow(req.scope).run({ input: { ticket_id: req.params.id, patch, approval, caller } })
  res.json({ ticket: await ticketView(req.scope, req.params.id) })
}
