import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { cancelTransferWorkflow } from "../../../../../../../workflows/transfers"
import { transferView } from "../../transfer-view"

/** A pending transfer called off: its units free to sell at the source again. */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await cancelTransferWorkflow(req.scope).run({ input: { id: req.params.id, by: req.auth_context.actor_id } })
  res.json({ transfer: await transferView(req.scope, req.params.id) })
}
