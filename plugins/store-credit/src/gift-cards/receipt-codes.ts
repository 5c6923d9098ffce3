import { defineReceiptCodes } from "@kassa/pos/kit"
import { GIFT_CARD_MODULE } from "../modules/gift_card"
import type GiftCardModuleService from "../modules/gift_card/service"
import { formatGiftCardCode } from "./code"

/** Each card a sale issued, as a barcode at the receipt's foot: the card scans at the counter as it reads. */
export const giftCardReceiptCodes = defineReceiptCodes(async ({ container, order_id }) => {
  const cards = await container.resolve<GiftCardModuleService>(GIFT_CARD_MODULE).cardsOfOrder(order_id)
  return cards.map((card) => ({ label: "Gift card", value: formatGiftCardCode(card.code) }))
})
