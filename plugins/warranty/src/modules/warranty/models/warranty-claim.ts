import { model } from "@medusajs/framework/utils"
import { CLAIM_STATUSES, CLAIM_TYPES } from "../lifecycle"
import { ClaimEvent } from "./claim-event"
import { Replacement } from "./replacement"

/**
 * A customer's claim on a unit they bought: repaired, or replaced within the shorter window.
 * What the sale said when it was filed (order, line, product, sale date, window) is kept on it.
 */
export const WarrantyClaim = model
  .define({ name: "WarrantyClaim", tableName: "kassa_warranty_claim" }, {
    id: model.id({ prefix: "wcl" }).primaryKey(),
    type: model.enum([...CLAIM_TYPES]),
    status: model.enum([...CLAIM_STATUSES]).default("pending"),
    serial_number: model.text(),
    /** The branch that took the claim in. */
    stock_location_id: model.text(),
    order_id: model.text(),
    line_item_id: model.text(),
    product_id: model.text().nullable(),
    variant_id: model.text().nullable(),
    product_title: model.text(),
    customer_id: model.text().nullable(),
    /** The sale's branch, whose calendar the window is counted in. */
    sold_at_location_id: model.text().nullable(),
    sold_at: model.dateTime(),
    window_days: model.number(),
    /** Last day of the window (YYYY-MM-DD) in the selling branch's time zone. */
    window_ends_on: model.text(),
    issue: model.text(),
    /** Staff member working on it. */
    technician_id: model.text().nullable(),
    repair_notes: model.text().nullable(),
    parts_cost: model.bigNumber().default(0),
    labour_cost: model.bigNumber().default(0),
    /** Filed outside its window on a manager's say-so. */
    override_by: model.text().nullable(),
    override_reason: model.text().nullable(),
    filed_by: model.text(),
    events: model.hasMany(() => ClaimEvent, { mappedBy: "claim" }),
    replacement: model.hasOne(() => Replacement, { mappedBy: "claim" }).nullable(),
  })
  .cascades({ delete: ["events"] })
  .indexes([
    { on: ["stock_location_id", "status"] },
    { on: ["order_id"] },
    { on: ["product_id"] },
    { on: ["customer_id"] },
    // One open claim per unit, enforced by the database so two counters filing at once cannot both win.
    { name: "IDX_kassa_warranty_claim_open_serial", on: ["serial_number"], unique: true, where: "status IN ('pending', 'in_progress', 'completed') AND deleted_at IS NULL" },
  ])
