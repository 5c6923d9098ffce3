import { model } from "@medusajs/framework/utils"

/**
 * When stock is low and how much to order: a product's default (variant_id null), or a
 * variant's, for one branch (location_id) or every branch (null). The most specific row wins
 * (thresholdFor); none at all means the store's default.
 */
export const StockThreshold = model.define({ name: "StockThreshold", tableName: "kassa_stock_threshold" }, {
  id: model.id({ prefix: "kthr" }).primaryKey(),
  product_id: model.text().index(),
  variant_id: model.text().nullable(),
  location_id: model.text().nullable(),
  /** Available units at or below this are low. */
  min_quantity: model.number(),
  /** The level a reorder fills up to. */
  reorder_quantity: model.number(),
})
