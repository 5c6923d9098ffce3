import { model } from "@medusajs/framework/utils"

/**
 * A supplier's invoice for goods received on a purchase order: the supplier's own number (once
 * per supplier), Kassa's number INV001/2026, and a snapshot of what it bills (product, quantity,
 * unit cost) that later changes to products or costs do not alter.
 */
export const StockInvoice = model.define({ name: "StockInvoice", tableName: "kassa_stock_invoice" }, {
  id: model.id({ prefix: "kinv" }).primaryKey(),
  number: model.text().unique(),
  supplier_id: model.text().index(),
  supplier_invoice_number: model.text(),
  purchase_order_id: model.text().index(),
  purchase_order_number: model.text(),
  invoice_date: model.dateTime().nullable(),
  currency_code: model.text(),
  total: model.bigNumber(),
  /** [{ variant_id, title, sku, supplier_sku, quantity, unit_cost, line_total }] with money as two-decimal strings. */
  lines: model.json(),
  recorded_by: model.text().nullable(),
})
