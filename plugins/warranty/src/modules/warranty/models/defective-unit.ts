import { model } from "@medusajs/framework/utils"

export const DISPOSAL_STATUSES = ["pending", "returned_to_supplier", "disposed"] as const

/** A faulty unit taken back from a customer, kept at the branch until it leaves. */
export const DefectiveUnit = model
  .define({ name: "DefectiveUnit", tableName: "kassa_warranty_defective_unit" }, {
    id: model.id({ prefix: "wdef" }).primaryKey(),
    claim_id: model.text().nullable(),
    product_id: model.text().nullable(),
    variant_id: model.text().nullable(),
    stock_location_id: model.text(),
    serial_number: model.text(),
    reason: model.text(),
    received_at: model.dateTime(),
    disposal_status: model.enum([...DISPOSAL_STATUSES]).default("pending"),
    disposed_at: model.dateTime().nullable(),
  })
  .indexes([{ on: ["stock_location_id", "disposal_status"] }])
