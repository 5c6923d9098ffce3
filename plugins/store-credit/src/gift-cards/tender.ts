import { defineTender } from "@kassa/pos/kit"
import { MedusaError } from "@medusajs/framework/utils"
import { decimal, toCentavos } from "../ledger/money"
import { GIFT_CARD_MODULE } from "../modules/gift_card"
import type GiftCardModuleService from "../modules/gift_card/service"
import { storeCreditPlugin } from "../plugin"
import { isGiftCardCode, maskGiftCardCode, normalizeGiftCardCode } from "./code"
import { saleStands } from "./sale-stands"
import { GIFT_CARD_TENDER } from "./tender-id"

/** The card's code, from the tender's `data.code` (kept off `reference`, which the receipt prints). */
function codeOf(data: Record<string, unknown> | undefined) {
  const typed = typeof data?.code === "string" ? data.code : ""
  const code = normalizeGiftCardCode(typed)
  if (!typed.trim()) throw new MedusaError(MedusaError.Types.INVALID_DATA, "The gift card tender needs data.code: the card's code, scanned or typed")
  if (!isGiftCardCode(code)) throw new MedusaError(MedusaError.Types.INVALID_DATA, "That is not a gift card code: check it and type it again")
  return code
}

/**
 * The counter's "Gift card" tender: the customer pays part or all of a sale from a card, by its
 * code. `validate` refuses early what `capture` would (no such card, disabled, expired, not yet
 * active, not enough left); `capture` spends it under the card's row lock, which decides for good
 * when two registers spend one card at once. A failed checkout and a void give it back.
 */
export const giftCardTender = defineTender({
  id: GIFT_CARD_TENDER,
  label: "Gift card",
  plugin: storeCreditPlugin.id,
  validate: async (tender, sale) => {
    const service: GiftCardModuleService = sale.container.resolve(GIFT_CARD_MODULE)
    await service.checkRedeem({ code: codeOf(tender.data), currency_code: sale.currency_code, amount: toCentavos(tender.amount), stands: saleStands(sale.container) })
  },
  capture: async (tender, sale) => {
    const service: GiftCardModuleService = sale.container.resolve(GIFT_CARD_MODULE)
    const entry = await service.redeem({
      code: codeOf(tender.data),
      currency_code: sale.currency_code,
      amount: toCentavos(tender.amount),
      order_id: sale.order_id,
      stock_location_id: sale.stock_location_id,
      actor_id: sale.sold_by,
      stands: saleStands(sale.container),
    })
    return entry.id
  },
  compensate: async (entryId, { container }) => {
    await container.resolve<GiftCardModuleService>(GIFT_CARD_MODULE).reverseRedemptions({ entry_id: entryId as string, reason: "Checkout failed" })
  },
  reverse: async ({ container, order_id, reason }) => {
    await container.resolve<GiftCardModuleService>(GIFT_CARD_MODULE).reverseRedemptions({ order_id, reason: `Sale voided: ${reason}` })
  },
  receiptRows: async ({ container, order_id }) => {
    const left = await container.resolve<GiftCardModuleService>(GIFT_CARD_MODULE).balancesAfter(order_id)
    return left.map((card) => ({ label: `Card ${maskGiftCardCode(card.code)} left`, amount: decimal(card.left) }))
  },
})
