import { model } from "@medusajs/framework/utils"
import { StockPurchaseOrder } from "./purchase-order"

/** A variant ordered: how many, at what unit cost (the supplier's when ordered), how many have arrived. */
export const StockPurchaseOrderLine = model.define({ name: "StockPurchaseOrderLine", tableName: "kassa_stock_purchase_order_line" }, {
  id: model.id({ prefix: "kpol" }).primaryKey(),
  purchase_order: model.belongsTo(() => StockPurchaseOrder, { mappedBy: "lines" }),
  variant_id: model.text(),
  title: model.text(),
  sku: model.text().nullable(),
  supplier_sku: model.text().nullable(),
  quantity: model.number(),
  received_quantity: model.number().default(0),
  unit_cost: model.bigNumber(),
})
