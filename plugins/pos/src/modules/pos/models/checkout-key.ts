import { model } from "@medusajs/framework/utils"

/** A checkout's idempotency key: a retry with the same key and body gets the same order. */
export const CheckoutKey = model.define({ name: "PosCheckoutKey", tableName: "kassa_pos_checkout_key" }, {
  id: model.id({ prefix: "pchk" }).primaryKey(),
  key: model.text().unique(),
  ticket_id: model.text(),
  request_hash: model.text(),
  status: model.enum(["pending", "completed"]).default("pending"),
  order_id: model.text().nullable(),
})
