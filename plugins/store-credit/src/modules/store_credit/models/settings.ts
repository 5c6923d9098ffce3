import { model } from "@medusajs/framework/utils"

/**
 * The store-wide store credit settings: one row (id `scset_store`), made with the defaults on
 * first read. `expiry_months` null: credit issued without a date never expires.
 */
export const StoreCreditSettings = model.define({ name: "StoreCreditSettings", tableName: "kassa_store_credit_settings" }, {
  id: model.id({ prefix: "scset" }).primaryKey(),
  expiry_months: model.number().nullable(),
  /** Customers are e-mailed this many days before a credit of theirs lapses; 0: no e-mails. */
  reminder_days: model.number(),
  /** A gift card sold lapses this many months after its sale; null: gift cards never expire (the default). */
  gift_card_validity_months: model.number().nullable(),
})
