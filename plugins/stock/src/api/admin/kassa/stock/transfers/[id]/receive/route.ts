import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { receiveTransferWorkflow } from "../../../../../../../workflows/transfers"
import type { ReceiveTransferType } from "../../../validators"
import { transferView } from "../../transfer-view"

/** The destination confirms what arrived, line by line (or everything): its stock rises by what came in good order. */
export const POST = async (req: AuthenticatedMedusaRequest<ReceiveTransferType>, res: MedusaResponse) => {
  await receiveTransferWorkflow(req.scope).run({ input: { id: req.params.id, lines: req.validatedBody.lines, by: req.auth_context.actor_id } })
  res.json({ transfer: await transferView(req.scope, req.params.id) })
}
