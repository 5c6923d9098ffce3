import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"

/** Credit issued without an expiry date lapses this many months later (`expires_at: null`: never). */
export const DEFAULT_EXPIRY_MONTHS = 12

export const defaultExpiry = (from: Date) => {
  const at = new Date(from)
  at.setUTCMonth(at.getUTCMonth() + DEFAULT_EXPIRY_MONTHS)
  return at
}

/** The store's default currency: what credit is issued in when the request names none. */
export async function defaultCurrency(container: MedusaContainer): Promise<string> {
  const [store] = await container.resolve(Modules.STORE).listStores({}, { relations: ["supported_currencies"] })
  const code = store?.supported_currencies?.find((c) => c.is_default)?.currency_code ?? store?.supported_currencies?.[0]?.currency_code
  if (!code) throw new MedusaError(MedusaError.Types.INVALID_DATA, "The store has no currency: give currency_code")
  return code
}
