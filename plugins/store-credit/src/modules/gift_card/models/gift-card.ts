import { model } from "@medusajs/framework/utils"
import { GiftCardEntry } from "./gift-card-entry"

/**
 * A gift card sold at the counter: its code (canonical, see gift-cards/code.ts), face value and
 * the sale it was sold on. It can be spent only while that sale stands (its POS ticket is
 * completed): before the sale completes, and after a void, it is refused. Its balance is the sum
 * of its entries. A lost card is disabled (who, when, why): the one change made to this row.
 */
export const GiftCard = model
  .define({ name: "GiftCard", tableName: "kassa_gift_card" }, {
    id: model.id({ prefix: "gc" }).primaryKey(),
    code: model.text().unique(),
    currency_code: model.text(),
    /** Face value, in the currency's major unit with two decimals. */
    amount: model.bigNumber(),
    order_id: model.text().index(),
    variant_id: model.text().nullable(),
    stock_location_id: model.text(),
    sold_by: model.text().nullable(),
    /** Null: never expires (the default; local rules may set one). */
    expires_at: model.dateTime().nullable(),
    disabled_at: model.dateTime().nullable(),
    disabled_by: model.text().nullable(),
    disabled_reason: model.text().nullable(),
    entries: model.hasMany(() => GiftCardEntry, { mappedBy: "gift_card" }),
  })
