import { model } from "@medusajs/framework/utils"
import { StockCount } from "./count"

/** A variant in a count: what the system had when the count began, what was counted, its cost then. */
export const StockCountLine = model.define({ name: "StockCountLine", tableName: "kassa_stock_count_line" }, {
  id: model.id({ prefix: "kcntl" }).primaryKey(),
  count: model.belongsTo(() => StockCount, { mappedBy: "lines" }),
  variant_id: model.text(),
  inventory_item_id: model.text(),
  title: model.text(),
  sku: model.text().nullable(),
  barcode: model.text().nullable(),
  system_quantity: model.number(),
  /** Not counted yet while null; an approval adjusts counted lines only. */
  counted_quantity: model.number().nullable(),
  unit_cost: model.bigNumber().nullable(),
})
