import { defineReceiptLineNotes } from "@kassa/pos/kit"
import { moneyText, toCentavos } from "../ledger/money"
import { GIFT_SALE_MODULE } from "../modules/gift_sale"
import type GiftSaleModuleService from "../modules/gift_sale/service"

/** Under each line the sale gave away: that it is a gift, and its value at the shelf price. */
export const giftSaleReceiptNotes = defineReceiptLineNotes(async (lines, { container, order_id }) => {
  const gifts = await container.resolve<GiftSaleModuleService>(GIFT_SALE_MODULE).listGiftSales({ order_id }, { select: ["line_id", "value", "currency_code"] })
  const byLine = new Map(gifts.map((g) => [g.line_id, g]))
  return lines.map((line) => {
    const gift = line.line_id ? byLine.get(line.line_id) : undefined
    return gift ? `Gift, value ${moneyText(toCentavos(gift.value!), gift.currency_code)}` : null
  })
})
