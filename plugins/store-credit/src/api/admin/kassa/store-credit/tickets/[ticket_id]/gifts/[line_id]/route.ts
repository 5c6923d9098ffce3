import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { unmarkGiftsWorkflow } from "../../../../../../../../workflows/gift-sales"

/** One gift line sold again at its shelf price. */
export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await unmarkGiftsWorkflow(req.scope).run({ input: { ticket_id: req.params.ticket_id, line_ids: [req.params.line_id] } })
  res.json({ ticket_id: req.params.ticket_id, line_id: req.params.line_id, deleted: true })
}
