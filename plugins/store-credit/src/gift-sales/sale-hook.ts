import { defineSaleHook } from "@kassa/pos/kit"
import { toAmount, toCentavos } from "../ledger/money"
import { GIFT_SALE_MODULE } from "../modules/gift_sale"
import type GiftSaleModuleService from "../modules/gift_sale/service"

type Undo = { id: string }[]

/**
 * Each gift line of a sale becomes a gift sale: the order, the quantity sold, its value (shelf
 * unit price × quantity, exact) and who sold it. A mark whose line no longer sells at zero (its
 * price changed after) is not a gift. The stock leaves as for any sale (the checkout takes it).
 * A failed checkout empties the rows again; a void is left to the report, which counts a gift
 * only while its sale's POS ticket is completed.
 */
export const giftSaleHook = defineSaleHook({
  id: "store-credit.gift-sales",
  capture: async (sale): Promise<Undo> => {
    const service = sale.container.resolve<GiftSaleModuleService>(GIFT_SALE_MODULE)
    const atZero = new Map(sale.lines.filter((l) => toCentavos(l.unit_price) === 0).map((l) => [l.line_id, l]))
    if (!atZero.size) return []
    // Also marks already on an order: a checkout of this ticket that a crash interrupted (and
    // recovery undid) left its order on them; a completed sale's lines never come back here.
    const marks = await service.listGiftSales({ line_id: [...atZero.keys()] })
    if (!marks.length) return []
    const soldAt = new Date()
    await service.updateGiftSales(
      marks.map((m) => {
        const quantity = atZero.get(m.line_id)!.quantity
        return { id: m.id, order_id: sale.order_id, quantity, value: toAmount(toCentavos(m.unit_value) * quantity), sold_by: sale.sold_by, sold_at: soldAt }
      })
    )
    return marks.map((m) => ({ id: m.id }))
  },
  compensate: async (captured, { container }) => {
    const rows = captured as Undo
    if (rows.length) {
      await container.resolve<GiftSaleModuleService>(GIFT_SALE_MODULE).updateGiftSales(rows.map(({ id }) => ({ id, order_id: null, quantity: null, value: null, sold_by: null, sold_at: null })))
    }
  },
})

