import { defineReceiptLineNotes } from "@kassa/pos/kit"
import { GIFT_CARD_MODULE } from "../modules/gift_card"
import type GiftCardModuleService from "../modules/gift_card/service"
import { formatGiftCardCode } from "./code"

/**
 * Under each gift card line of a sale's receipt, the codes of the cards it issued: the receipt
 * is how the customer gets them (lines of one variant share its cards in order).
 */
export const giftCardReceiptNotes = defineReceiptLineNotes(async (lines, { container, order_id }) => {
  const cards = await container.resolve<GiftCardModuleService>(GIFT_CARD_MODULE).cardsOfOrder(order_id)
  if (!cards.length) return lines.map(() => null)
  const byVariant = new Map<string, string[]>()
  for (const card of cards) byVariant.set(card.variant_id ?? "", [...(byVariant.get(card.variant_id ?? "") ?? []), `Gift card ${formatGiftCardCode(card.code)}`])
  // Each line takes its variant's cards once: a second line of the same variant prints none again.
  return lines.map((line) => {
    const notes = byVariant.get(line.variant_id ?? "")
    if (!notes) return null
    byVariant.delete(line.variant_id ?? "")
    return notes
  })
})
