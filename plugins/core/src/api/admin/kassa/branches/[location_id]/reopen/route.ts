import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { reopenBranchWorkflow } from "../../../../../../workflows/branches"
import { listBranches } from "../../query"

/** Reopens a closed branch with the registers it had. */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await reopenBranchWorkflow(req.scope).run({ input: { stock_location_id: req.params.location_id } })
  const [branch] = await listBranches(req.scope, [req.params.location_id])
  res.json({ branch })
}
