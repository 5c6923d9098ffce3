import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { archiveStaffWorkflow } from "../../../../../../workflows/archives"
import { retrieveStaff } from "../../query"
import type { ArchiveType } from "../../../archive-validators"

/** Archives (deactivates) a staff member with the reason: their next request is refused. */
export const POST = async (req: AuthenticatedMedusaRequest<ArchiveType>, res: MedusaResponse) => {
  await archiveStaffWorkflow(req.scope).run({
    input: { staff_id: req.params.id, reason: req.validatedBody.reason, archived_by: req.auth_context.actor_id },
  })
  res.json({ staff: await retrieveStaff(req.scope, req.params.id) })
}
