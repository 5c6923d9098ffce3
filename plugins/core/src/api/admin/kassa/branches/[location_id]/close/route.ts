import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { closeBranchWorkflow } from "../../../../../../workflows/branches"
import { listBranches } from "../../query"
import type { CloseBranchType } from "../../validators"

/** Closes the branch (refused while a plugin's check objects, e.g. an open drawer), with the manager's reason. */
export const POST = async (req: AuthenticatedMedusaRequest<CloseBranchType>, res: MedusaResponse) => {
  await closeBranchWorkflow(req.scope).run({
    input: { stock_location_id: req.params.location_id, reason: req.validatedBody.reason, closed_by: req.auth_context.actor_id },
  })
  const [branch] = await listBranches(req.scope, [req.params.location_id])
  res.json({ branch })
}
