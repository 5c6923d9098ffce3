import { model } from "@medusajs/framework/utils"
import { GiftCard } from "./gift-card"

/**
 * One immutable entry of a gift card's ledger (the database refuses UPDATE and DELETE):
 * `issue` (its face value, when sold), `redeem` (spent on a sale, negative), `reversal` (a
 * redemption given back: the sale failed or was voided), `expiry` (what was left when its validity
 * ran out, negative). `sequence` has no gaps per card.
 */
export const GiftCardEntry = model
  .define({ name: "GiftCardEntry", tableName: "kassa_gift_card_entry" }, {
    id: model.id({ prefix: "gce" }).primaryKey(),
    gift_card: model.belongsTo(() => GiftCard, { mappedBy: "entries" }),
    sequence: model.number(),
    type: model.enum(["issue", "redeem", "reversal", "expiry"]),
    amount: model.bigNumber(),
    /** The order it was sold or spent on. */
    order_id: model.text().nullable(),
    /** A reversal: the redemption it gives back. */
    source_id: model.text().nullable(),
    stock_location_id: model.text().nullable(),
    actor_id: model.text().nullable(),
    reason: model.text().nullable(),
  })
  .indexes([
    { on: ["gift_card_id", "sequence"], unique: true },
    { on: ["order_id"] },
  ])
