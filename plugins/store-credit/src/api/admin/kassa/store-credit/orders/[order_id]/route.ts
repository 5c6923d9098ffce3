import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { decimal, toCentavos } from "../../../../../../ledger/money"
import { GIFT_CARD_MODULE } from "../../../../../../modules/gift_card"
import type GiftCardModuleService from "../../../../../../modules/gift_card/service"
import { STORE_CREDIT_MODULE } from "../../../../../../modules/store_credit"
import type StoreCreditModuleService from "../../../../../../modules/store_credit/service"

const sum = (entries: { amount: string }[], keep: (c: number) => boolean) => decimal(entries.map((e) => toCentavos(e.amount)).filter(keep).reduce((a, c) => a + Math.abs(c), 0))

/**
 * Store credit and gift cards on an order: `used` is what its payments took, `given_back` what
 * came back for it (a void's reversals, credit refunded for it), with the entries themselves;
 * `gift_cards.sold` the cards sold on it (codes masked).
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const orderId = req.params.order_id
  const cards = req.scope.resolve<GiftCardModuleService>(GIFT_CARD_MODULE)
  const [entries, cardEntries, { cards: sold }] = await Promise.all([
    req.scope.resolve<StoreCreditModuleService>(STORE_CREDIT_MODULE).entriesOfOrder(orderId),
    cards.entriesOfOrder(orderId),
    cards.listCards({ order_ids: [orderId] }, { offset: 0, limit: 1000 }),
  ])
  res.json({
    order_id: orderId,
    currency_code: entries[0]?.currency_code ?? null,
    used: sum(entries, (c) => c < 0),
    given_back: sum(entries, (c) => c > 0),
    transactions: entries,
    gift_cards: {
      currency_code: cardEntries[0]?.currency_code ?? sold[0]?.currency_code ?? null,
      used: sum(cardEntries, (c) => c < 0),
      given_back: sum(cardEntries, (c) => c > 0),
      entries: cardEntries,
      sold: sold.map((c) => ({ id: c.id, code: c.code, amount: c.amount, balance: c.balance, expires_at: c.expires_at, disabled_at: c.disabled_at })),
    },
  })
}
