import { visibleBranches } from "@kassa/core/kit"
import type { MedusaRequest } from "@medusajs/framework/http"

/** A list's branch filter: the branch asked for (its guard checked it), else the caller's branches. */
export async function branchFilter(req: MedusaRequest, locationId?: string) {
  const scope = await visibleBranches(req, locationId)
  return scope.all ? {} : { stock_location_id: scope.ids }
}
