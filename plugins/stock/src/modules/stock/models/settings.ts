import { model } from "@medusajs/framework/utils"

/** The store's one row of stock settings (written by the migration). */
export const StockSettings = model.define({ name: "StockSettings", tableName: "kassa_stock_settings" }, {
  id: model.id({ prefix: "kstset" }).primaryKey(),
  /** How a receipt moves the variant's cost: the average over what was on hand and what came, or what the last units cost. */
  cost_method: model.enum(["moving_average", "last"]).default("moving_average"),
})
