import { model } from "@medusajs/framework/utils"

/**
 * A ticket line given away: marked at the counter (reason, who asked, who approved, the shelf
 * price kept as its value), then sold at zero. The checkout fills in the sale (order, quantity,
 * value = shelf unit price × quantity, who sold it, when); a failed checkout empties it again. A
 * sold gift counts only while its POS ticket is completed (a void drops it from the report).
 */
export const GiftSale = model
  .define({ name: "GiftSale", tableName: "kassa_gift_sale" }, {
    id: model.id({ prefix: "gfts" }).primaryKey(),
    ticket_id: model.text(),
    /** The POS ticket line it marks. */
    line_id: model.text(),
    stock_location_id: model.text(),
    currency_code: model.text(),
    product_id: model.text(),
    variant_id: model.text(),
    title: model.text(),
    /** The shelf price of one unit when it was marked (tax-inclusive as the branch shows it). */
    unit_value: model.bigNumber(),
    reason: model.text(),
    /** Staff member at the counter who marked it. */
    marked_by: model.text(),
    /** Staff member whose policy or PIN allowed it. */
    approved_by: model.text(),
    order_id: model.text().nullable(),
    quantity: model.number().nullable(),
    /** unit_value × quantity, as sold. */
    value: model.bigNumber().nullable(),
    /** User credited with the sale (as the POS checkout names them). */
    sold_by: model.text().nullable(),
    sold_at: model.dateTime().nullable(),
  })
  .indexes([
    { on: ["line_id"], unique: true, where: "deleted_at IS NULL" },
    { on: ["ticket_id"] },
    { on: ["sold_at"], where: "sold_at IS NOT NULL" },
  ])
