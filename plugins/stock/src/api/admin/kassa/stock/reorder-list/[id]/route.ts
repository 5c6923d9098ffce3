import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { removeReorderLineWorkflow } from "../../../../../../workflows/orders"

/** Takes a line off the caller's own list (another's line is not found). */
export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await removeReorderLineWorkflow(req.scope).run({ input: { id: req.params.id, user_id: req.auth_context.actor_id } })
  res.json({ id: req.params.id, object: "reorder_line", deleted: true })
}
