import { model } from "@medusajs/framework/utils"
import { StockPurchaseOrderLine } from "./purchase-order-line"

export const PO_STATUSES = ["draft", "sent", "partially_received", "received", "canceled"] as const
export type PurchaseOrderStatus = (typeof PO_STATUSES)[number]

/** What the store orders from one supplier for one destination (stock location), numbered PO-<year>-<6 digits>. */
export const StockPurchaseOrder = model
  .define({ name: "StockPurchaseOrder", tableName: "kassa_stock_purchase_order" }, {
    id: model.id({ prefix: "kpo" }).primaryKey(),
    number: model.text().unique(),
    supplier_id: model.text().index(),
    location_id: model.text().index(),
    status: model.enum([...PO_STATUSES]).default("draft"),
    currency_code: model.text(),
    created_by: model.text().nullable(),
    sent_at: model.dateTime().nullable(),
    received_at: model.dateTime().nullable(),
    canceled_at: model.dateTime().nullable(),
    lines: model.hasMany(() => StockPurchaseOrderLine, { mappedBy: "purchase_order" }),
  })
  .cascades({ delete: ["lines"] })
