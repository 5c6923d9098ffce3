import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { upsertBranchWorkflow } from "../../../../../workflows/branches"
import { listBranches } from "../query"
import type { PostBranchType } from "../validators"

async function branchView(req: AuthenticatedMedusaRequest, id: string) {
  const [branch] = await listBranches(req.scope, [id])
  if (!branch) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Stock location ${id} not found`)
  return branch
}

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ branch: await branchView(req, req.params.location_id) })
}

/** Sets the branch's Kassa details; the first time, `code` is required. */
export const POST = async (req: AuthenticatedMedusaRequest<PostBranchType>, res: MedusaResponse) => {
  await upsertBranchWorkflow(req.scope).run({ input: { ...req.validatedBody, stock_location_id: req.params.location_id } })
  res.json({ branch: await branchView(req, req.params.location_id) })
}
