import { defineSaleHook, type SaleHookContext } from "@kassa/pos/kit"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { giftCardExpiry } from "../ledger/defaults"
import { moneyText, toCentavos } from "../ledger/money"
import { GIFT_CARD_MODULE } from "../modules/gift_card"
import type GiftCardModuleService from "../modules/gift_card/service"
import { newGiftCardCode } from "./code"
import { GIFT_CARD_MAX, GIFT_CARD_METADATA_KEY, GIFT_CARD_MIN } from "./limits"

/** The sale's lines whose product is a gift card (product metadata `kassa_gift_card: true`). */
async function giftCardLines(sale: SaleHookContext) {
  const productIds = [...new Set(sale.lines.map((l) => l.product_id))]
  if (!productIds.length) return []
  const { data } = await sale.container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "product", fields: ["id", "metadata"], filters: { id: productIds } })
  const cards = new Set((data as { id: string; metadata: Record<string, unknown> | null }[]).filter((p) => p.metadata?.[GIFT_CARD_METADATA_KEY] === true).map((p) => p.id))
  return sale.lines.filter((l) => cards.has(l.product_id))
}

/**
 * A gift card sold at the counter: each unit of a gift card product gets its own card with a new
 * code, worth the line's unit price (a fixed denomination, or any amount within the limits by a
 * price override), issued inside the checkout so the receipt prints its code. It can be spent
 * only once the sale is completed (see the tender); if the checkout fails after, its cards are
 * disabled, and a crash that recovery undoes leaves them on an order that never completed. It
 * lapses the settings' `gift_card_validity_months` after the sale (never, by default). A sale
 * whose card was spent cannot be voided: the void would refund money the card already paid out.
 */
export const giftCardSaleHook = defineSaleHook({
  id: "store-credit.gift-cards",
  validate: async (sale) => {
    for (const line of await giftCardLines(sale)) {
      const price = toCentavos(line.unit_price)
      if (price < GIFT_CARD_MIN || price > GIFT_CARD_MAX) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `A gift card is sold for ${moneyText(GIFT_CARD_MIN, sale.currency_code)} to ${moneyText(GIFT_CARD_MAX, sale.currency_code)}: ${line.title} is at ${moneyText(price, sale.currency_code)}`
        )
      }
    }
  },
  capture: async (sale) => {
    const lines = await giftCardLines(sale)
    if (!lines.length) return []
    const service: GiftCardModuleService = sale.container.resolve(GIFT_CARD_MODULE)
    const expires_at = await giftCardExpiry(sale.container, new Date())
    const cards = await service.issueCards(
      lines.flatMap((line) =>
        Array.from({ length: line.quantity }, () => ({
          code: newGiftCardCode(),
          currency_code: sale.currency_code.toLowerCase(),
          amount: toCentavos(line.unit_price),
          order_id: sale.order_id,
          variant_id: line.variant_id,
          stock_location_id: sale.stock_location_id,
          sold_by: sale.sold_by,
          expires_at,
        }))
      )
    )
    return cards.map((c) => c.id)
  },
  compensate: async (ids, { container }) => {
    const service: GiftCardModuleService = container.resolve(GIFT_CARD_MODULE)
    for (const id of ids as string[]) await service.disableCard({ id, reason: "The sale it was sold on did not complete", actor_id: null })
  },
  // The hole that remains: a card spent between this check and the void marking the ticket void
  // (its redemption checks the ticket under the card's lock) is still refunded by the void.
  assertUndoable: async ({ container, order_id }) => {
    const spent = await container.resolve<GiftCardModuleService>(GIFT_CARD_MODULE).spentCardsSoldOn(order_id)
    if (spent.length) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Gift card${spent.length > 1 ? "s" : ""} ${spent.join(", ")} sold on this sale ${spent.length > 1 ? "were" : "was"} already spent: the sale cannot be voided`
      )
    }
  },
})
