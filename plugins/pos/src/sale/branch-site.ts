import { branchAt } from "@kassa/core/kit"
import type { MedusaContainer } from "@medusajs/framework/types"
import { configReads } from "../cache/config-cache"

/**
 * The branch at a stock location (null: not a Kassa branch) as core reads it, kept with the
 * store's setup (config-cache.ts: its triggers cover the branch and stock-location tables it
 * reads), at `configVersion` when the caller read it with its own query.
 */
export async function branchSiteAt(scope: MedusaContainer, stockLocationId: string, configVersion?: string | null) {
  const config = await configReads(scope, configVersion)
  return config.read(`branch-site:${stockLocationId}`, () => branchAt(scope, { stock_location_id: stockLocationId }))
}
