import { model } from "@medusajs/framework/utils"
import { StockReceipt } from "./receipt"

/** Units of one order line received, at the unit cost they came at. */
export const StockReceiptLine = model.define({ name: "StockReceiptLine", tableName: "kassa_stock_receipt_line" }, {
  id: model.id({ prefix: "krcl" }).primaryKey(),
  receipt: model.belongsTo(() => StockReceipt, { mappedBy: "lines" }),
  purchase_order_line_id: model.text(),
  variant_id: model.text(),
  quantity: model.number(),
  unit_cost: model.bigNumber(),
})
