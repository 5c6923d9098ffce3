import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { GIFT_CARD_MODULE } from "../modules/gift_card"
import type GiftCardModuleService from "../modules/gift_card/service"
import { isGiftCardCode, normalizeGiftCardCode } from "./code"
import { saleStands } from "./sale-stands"
import { cardStatus } from "./status"

/** A card by its code as typed, with its balance, expiry and whether it can be spent now; 404 when there is none. */
export async function lookUpGiftCard(container: MedusaContainer, typed: string) {
  const code = normalizeGiftCardCode(typed)
  if (!isGiftCardCode(code)) throw new MedusaError(MedusaError.Types.INVALID_DATA, "That is not a gift card code: check it and type it again")
  const card = await container.resolve<GiftCardModuleService>(GIFT_CARD_MODULE).cardByCode(code)
  if (!card) throw new MedusaError(MedusaError.Types.NOT_FOUND, "No gift card has this code")
  return { ...card, status: cardStatus(card, await saleStands(container)(card.order_id)) }
}
