import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { archiveOrderRecordWorkflow } from "../../../../../../workflows/archives"
import type { ArchiveType } from "../../../archive-validators"

/** Archives a completed or canceled order with the manager's reason; a restore puts its status back. */
export const POST = async (req: AuthenticatedMedusaRequest<ArchiveType>, res: MedusaResponse) => {
  const { result } = await archiveOrderRecordWorkflow(req.scope).run({
    input: { order_id: req.params.id, reason: req.validatedBody.reason, archived_by: req.auth_context.actor_id },
  })
  res.json({ order: { id: result.id, status: "archived", archive: result.archive } })
}
