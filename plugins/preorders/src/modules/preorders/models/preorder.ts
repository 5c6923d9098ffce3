import { model } from "@medusajs/framework/utils"
import { PreorderPayment } from "./payment"

/**
 * A customer's claim on units of one variant at one branch. `preorder`: the goods are not in
 * stock (or not released) when it is taken and wait for an arrival; `layaway`: the goods are in
 * stock and reserved at once while the customer pays over several visits.
 * awaiting_stock → ready (units reserved: `reservation_id`) → collected, or shipped → delivered; or canceled,
 * or expired (a layaway past `expires_at`).
 */
export const Preorder = model
  .define({ name: "Preorder", tableName: "kassa_preorder" }, {
    id: model.id({ prefix: "pord" }).primaryKey(),
    /** The branch's series: PO-MNL-000001 (pre-order) or LA-MNL-000001 (layaway). */
    number: model.text(),
    kind: model.enum(["preorder", "layaway"]),
    status: model.enum(["awaiting_stock", "ready", "collected", "shipped", "delivered", "canceled", "expired"]).default("awaiting_stock"),
    /** The branch that took it and holds (or will hold) the units. */
    stock_location_id: model.text(),
    customer_id: model.text(),
    variant_id: model.text(),
    inventory_item_id: model.text(),
    title: model.text(),
    quantity: model.number(),
    currency_code: model.text(),
    /** The unit price when taken (tax included as at the counter); the total is what is owed in all. */
    unit_price: model.bigNumber(),
    total: model.bigNumber(),
    expected_at: model.dateTime().nullable(),
    /** A layaway's last day: past it the units go back on the shelf. */
    expires_at: model.dateTime().nullable(),
    /** Medusa's reservation (reservation_item) holding the units at the branch, once allocated. */
    reservation_id: model.text().nullable(),
    allocated_at: model.dateTime().nullable(),
    /** When the customer was last e-mailed that the goods are waiting (the reminder job repeats it). */
    notified_at: model.dateTime().nullable(),
    notify_count: model.number().default(0),
    closed_at: model.dateTime().nullable(),
    closed_by: model.text().nullable(),
    closed_at_location_id: model.text().nullable(),
    close_reason: model.text().nullable(),
    serial_numbers: model.json().nullable(),
    note: model.text().nullable(),
    /** The delivery asked for: `{ address, fee, fulfillment_id }` (the fee is part of `total`). */
    delivery: model.json().nullable(),
    created_by: model.text(),
    payments: model.hasMany(() => PreorderPayment, { mappedBy: "preorder" }),
  })
  .indexes([
    { on: ["number"], unique: true, where: "deleted_at IS NULL" },
    { on: ["stock_location_id", "inventory_item_id", "status"], where: "deleted_at IS NULL" },
    { on: ["customer_id"], where: "deleted_at IS NULL" },
  ])
