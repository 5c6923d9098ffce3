import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { dispatchTransferWorkflow } from "../../../../../../../workflows/transfers"
import { transferView } from "../../transfer-view"

/** The goods leave the source: in transit, off its stock. */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await dispatchTransferWorkflow(req.scope).run({ input: { id: req.params.id, by: req.auth_context.actor_id } })
  res.json({ transfer: await transferView(req.scope, req.params.id) })
}
