import { model } from "@medusajs/framework/utils"

/**
 * A checkout's idempotency key, and its journal: a retry with the same key and body gets the
 * same order, and a checkout that a crash interrupted can be undone from what this row says
 * (see sale/checkout-recovery.ts).
 *
 * While `pending`, the row is leased: `owner` (the server instance running the checkout) holds
 * it until `lease_until`, renewing it while the checkout runs; only an expired lease is taken
 * over. `plan` holds the ids the checkout gives the records it writes (order, payment
 * collection, fulfilment) and its tender methods, written with the claim, before any of them;
 * `stock` holds the units taken, written in the same transaction as the stock levels.
 */
export const CheckoutKey = model
  .define({ name: "PosCheckoutKey", tableName: "kassa_pos_checkout_key" }, {
    id: model.id({ prefix: "pchk" }).primaryKey(),
    key: model.text().unique(),
    ticket_id: model.text(),
    request_hash: model.text(),
    status: model.enum(["pending", "completed"]).default("pending"),
    order_id: model.text().nullable(),
    owner: model.text().nullable(),
    lease_until: model.dateTime().nullable(),
    plan: model.json().nullable(),
    stock: model.json().nullable(),
  })
  .indexes([
    // One checkout of a ticket at a time: a second key for it waits for the first to end.
    { on: ["ticket_id"], unique: true, where: "status = 'pending'" },
    { on: ["lease_until"], where: "status = 'pending'" },
  ])
