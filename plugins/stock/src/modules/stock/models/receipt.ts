import { model } from "@medusajs/framework/utils"
import { StockReceiptLine } from "./receipt-line"

/** Goods of a purchase order that arrived at its destination at one time, with the order's number (the audit log names it). */
export const StockReceipt = model
  .define({ name: "StockReceipt", tableName: "kassa_stock_receipt" }, {
    id: model.id({ prefix: "krec" }).primaryKey(),
    purchase_order_id: model.text().index(),
    purchase_order_number: model.text(),
    location_id: model.text(),
    received_by: model.text().nullable(),
    /** The supplier invoice that covers it, once recorded. */
    invoice_id: model.text().nullable(),
    lines: model.hasMany(() => StockReceiptLine, { mappedBy: "receipt" }),
  })
  .cascades({ delete: ["lines"] })
