import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { STORE_CREDIT_MODULE } from "../modules/store_credit"
import type StoreCreditModuleService from "../modules/store_credit/service"

/**
 * When credit issued without an expiry date lapses: the settings' `expiry_months` after `from`,
 * or never (null) when the store set none.
 */
export async function defaultExpiry(container: MedusaContainer, from: Date): Promise<Date | null> {
  const { expiry_months } = await container.resolve<StoreCreditModuleService>(STORE_CREDIT_MODULE).settings()
  return monthsAfter(from, expiry_months)
}

/** When a gift card sold at `from` lapses: the settings' `gift_card_validity_months` later, or never (null, the default). */
export async function giftCardExpiry(container: MedusaContainer, from: Date): Promise<Date | null> {
  const { gift_card_validity_months } = await container.resolve<StoreCreditModuleService>(STORE_CREDIT_MODULE).settings()
  return monthsAfter(from, gift_card_validity_months)
}

function monthsAfter(from: Date, months: number | null) {
  if (months === null) return null
  const at = new Date(from)
  at.setUTCMonth(at.getUTCMonth() + months)
  return at
}

/** The store's default currency: what credit is issued in when the request names none. */
export async function defaultCurrency(container: MedusaContainer): Promise<string> {
  const [store] = await container.resolve(Modules.STORE).listStores({}, { relations: ["supported_currencies"] })
  const code = store?.supported_currencies?.find((c) => c.is_default)?.currency_code ?? store?.supported_currencies?.[0]?.currency_code
  if (!code) throw new MedusaError(MedusaError.Types.INVALID_DATA, "The store has no currency: give currency_code")
  return code
}
