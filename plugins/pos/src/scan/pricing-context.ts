import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"

// A region's currency, by region id: read on every scan, and it all but never changes (kept a minute).
const CURRENCY_TTL_MS = 60_000
const currencies = new Map<string, { expires: number; currency: Promise<string> }>()

function currencyOf(scope: MedusaContainer, regionId: string) {
  const cached = currencies.get(regionId)
  if (cached && cached.expires > Date.now()) return cached.currency
  const currency = scope
    .resolve(Modules.REGION)
    .retrieveRegion(regionId, { select: ["id", "currency_code"] })
    .then((r) => r.currency_code)
  currencies.set(regionId, { expires: Date.now() + CURRENCY_TTL_MS, currency })
  currency.catch(() => currencies.delete(regionId))
  return currency
}

/**
 * The region and currency a branch prices in: the store's default region. (Every branch of a
 * Kassa store sells in one country; a branch-level region can come when one does not.)
 */
export async function branchPricing(scope: MedusaContainer) {
  const [store] = await scope.resolve(Modules.STORE).listStores({}, { select: ["default_region_id"] })
  if (!store?.default_region_id) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "The store has no default region: set one to sell at the counter")
  }
  return { regionId: store.default_region_id, currencyCode: await currencyOf(scope, store.default_region_id) }
}
