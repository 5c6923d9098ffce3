import { model } from "@medusajs/framework/utils"
import { StockTransfer } from "./transfer"

/**
 * A variant sent: its units reserved at the source (a Medusa reservation) until dispatch; on
 * receipt, what arrived in good order (onto the destination's stock), damaged and missing, with a note.
 */
export const StockTransferLine = model.define({ name: "StockTransferLine", tableName: "kassa_stock_transfer_line" }, {
  id: model.id({ prefix: "ktrl" }).primaryKey(),
  transfer: model.belongsTo(() => StockTransfer, { mappedBy: "lines" }),
  variant_id: model.text(),
  inventory_item_id: model.text(),
  title: model.text(),
  sku: model.text().nullable(),
  quantity: model.number(),
  reservation_id: model.text().nullable(),
  received_quantity: model.number().nullable(),
  damaged_quantity: model.number().nullable(),
  missing_quantity: model.number().nullable(),
  note: model.text().nullable(),
})
