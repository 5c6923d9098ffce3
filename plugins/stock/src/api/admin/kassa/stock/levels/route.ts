import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { branchLevels } from "../../../../../levels/branch-levels"
import type { ListLevelsType } from "../validators"

/** A branch's stock with each variant's status: by default what is low or out, least available first. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { location_id, status, offset, limit } = req.validatedQuery as ListLevelsType
  const all = await branchLevels(req.scope, location_id)
  const wanted = all.filter((l) => (status === "all" ? true : status === "low" ? l.status !== "healthy" : l.status === status))
  res.json({ stock_levels: wanted.slice(offset, offset + limit), count: wanted.length, offset, limit })
}
