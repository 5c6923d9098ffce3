import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { accessOf } from "../../../../access/access"
import { listBranches } from "./query"

/** The branches the caller works at (all of them for staff of every branch). */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const access = await accessOf(req)
  const branches = (await listBranches(req.scope)).filter((b) => access.atBranch(b.stock_location_id))
  res.json({ branches, count: branches.length })
}
