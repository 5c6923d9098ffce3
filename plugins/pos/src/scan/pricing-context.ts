import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { configReads } from "../cache/config-cache"

/**
 * The region and currency a branch prices in: the store's default region. (Every branch of a
 * Kassa store sells in one country; a branch-level region can come when one does not.) Read on
 * every scan, kept while the setup does not change (config-cache.ts).
 */
export async function branchPricing(scope: MedusaContainer) {
  const config = await configReads(scope)
  const regionId = await config.read("default-region", async () => {
    const [store] = await scope.resolve(Modules.STORE).listStores({}, { select: ["default_region_id"] })
    return store?.default_region_id ?? null
  })
  if (!regionId) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "The store has no default region: set one to sell at the counter")
  }
  const currencyCode = await config.read(`currency:${regionId}`, async () => {
    const region = await scope.resolve(Modules.REGION).retrieveRegion(regionId, { select: ["id", "currency_code"] })
    return region.currency_code
  })
  return { regionId, currencyCode }
}
