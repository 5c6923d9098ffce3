import { BRANCH_MODULE, type BranchModuleService } from "@kassa/core/kit"
import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { configReads } from "../cache/config-cache"

/** A branch as its sales read it: code and timezone (Kassa's branch), name and address (its stock location). */
export type BranchSite = {
  code: string
  timezone: string
  name: string
  /** Where the goods leave from: a counter sale's "shipping" address, and the address it is taxed at. */
  address: { address_1: string | null; city: string | null; postal_code: string | null; province: string | null; country_code: string }
}

async function readBranchSite(scope: MedusaContainer, stockLocationId: string): Promise<BranchSite | null> {
  const [branches, location] = await Promise.all([
    scope.resolve<BranchModuleService>(BRANCH_MODULE).listBranches({ stock_location_id: stockLocationId }, { select: ["code", "timezone"] }),
    scope
      .resolve(Modules.STOCK_LOCATION)
      .retrieveStockLocation(stockLocationId, { select: ["id", "name"], relations: ["address"] })
      .catch(() => undefined),
  ])
  const branch = branches[0] as { code: string; timezone: string } | undefined
  if (!branch || !location) return null
  const a = location.address
  return {
    code: branch.code,
    timezone: branch.timezone,
    name: location.name,
    address: {
      address_1: a?.address_1 ?? null,
      city: a?.city ?? null,
      postal_code: a?.postal_code ?? null,
      province: a?.province ?? null,
      country_code: (a?.country_code ?? "ph").toLowerCase(),
    },
  }
}

/**
 * The branch at a stock location (null: not a Kassa branch), kept with the store's setup
 * (config-cache.ts), at `configVersion` when the caller read it with its own query.
 */
export async function branchSiteAt(scope: MedusaContainer, stockLocationId: string, configVersion?: string | null) {
  const config = await configReads(scope, configVersion)
  return config.read(`branch-site:${stockLocationId}`, () => readBranchSite(scope, stockLocationId))
}
