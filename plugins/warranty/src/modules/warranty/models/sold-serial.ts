import { model } from "@medusajs/framework/utils"

/**
 * Where a serial number was sold: an index over the serials the POS keeps on order lines
 * (`metadata.serial_numbers`), so a claim finds its sale without scanning every order.
 */
export const SoldSerial = model
  .define({ name: "SoldSerial", tableName: "kassa_warranty_serial" }, {
    id: model.id({ prefix: "wser" }).primaryKey(),
    serial_number: model.text(),
    order_id: model.text(),
    /** The order's line item. */
    line_item_id: model.text(),
    product_id: model.text().nullable(),
    variant_id: model.text().nullable(),
    stock_location_id: model.text().nullable(),
  })
  .indexes([{ on: ["serial_number", "line_item_id"], unique: true, where: "deleted_at IS NULL" }, { on: ["order_id"] }])
