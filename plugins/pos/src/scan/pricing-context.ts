import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"

/**
 * The region and currency a branch prices in: the store's default region. (Every branch of a
 * Kassa store sells in one country; a branch-level region can come when one does not.)
 */
export async function branchPricing(scope: MedusaContainer) {
  const [store] = await scope.resolve(Modules.STORE).listStores({}, { select: ["default_region_id"] })
  if (!store?.default_region_id) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "The store has no default region: set one to sell at the counter")
  }
  const region = await scope.resolve(Modules.REGION).retrieveRegion(store.default_region_id, { select: ["id", "currency_code"] })
  return { regionId: region.id, currencyCode: region.currency_code }
}
