import { model } from "@medusajs/framework/utils"

export const DISPOSAL_STATUSES = ["pending", "repaired", "returned_to_supplier", "disposed"] as const
/** Where the unit came from: a warranty replacement, a damaged counter return, found faulty on the shelf. */
export const DEFECTIVE_SOURCES = ["replacement", "return", "shelf"] as const
/**
 * How the unit is kept out of sellable stock: `not_stocked` (it never went back on the shelf: a
 * swapped unit, a return line dismissed by Medusa's return), or `reservation` (it is still in the
 * branch's stocked quantity, held by a Medusa reservation, `reservation_id`).
 */
export const HELD_BY = ["not_stocked", "reservation"] as const

/** A faulty unit taken back from a customer or off the shelf, kept at the branch until it leaves. */
export const DefectiveUnit = model
  .define({ name: "DefectiveUnit", tableName: "kassa_warranty_defective_unit" }, {
    id: model.id({ prefix: "wdef" }).primaryKey(),
    claim_id: model.text().nullable(),
    product_id: model.text().nullable(),
    variant_id: model.text().nullable(),
    inventory_item_id: model.text().nullable(),
    stock_location_id: model.text(),
    /** Null when the sale had none (or which unit came back is not known). */
    serial_number: model.text().nullable(),
    reason: model.text(),
    received_at: model.dateTime(),
    source: model.enum([...DEFECTIVE_SOURCES]).default("replacement"),
    /** A damaged counter return: the POS's counter return, its line (the order line item) and which unit of it. */
    return_id: model.text().nullable(),
    return_line_id: model.text().nullable(),
    unit_index: model.number().nullable(),
    held_by: model.enum([...HELD_BY]).default("not_stocked"),
    reservation_id: model.text().nullable(),
    created_by: model.text().nullable(),
    disposal_status: model.enum([...DISPOSAL_STATUSES]).default("pending"),
    disposed_at: model.dateTime().nullable(),
    disposed_by: model.text().nullable(),
    /** The supplier's return authorisation, for returned_to_supplier. */
    rma_number: model.text().nullable(),
    /** A written-off unit's cost at that moment (core's variant cost). */
    written_off_cost: model.bigNumber().nullable(),
    written_off_currency: model.text().nullable(),
  })
  .indexes([
    { on: ["stock_location_id", "disposal_status"] },
    // A return_completed event delivered twice still makes one set of units.
    { on: ["return_id", "return_line_id", "unit_index"], unique: true, where: "return_id IS NOT NULL" },
  ])
