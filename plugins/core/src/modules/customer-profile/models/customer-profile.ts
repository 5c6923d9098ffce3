import { model } from "@medusajs/framework/utils"

export const GENDERS = ["female", "male", "other", "prefer_not_to_say"] as const

/**
 * What the store knows of a customer beyond Medusa's customer (name, phone, e-mail, addresses):
 * one row per customer, tied to it by `customer_id` (a read-only module link, src/links).
 * `birthday` is a calendar date (`YYYY-MM-DD`), not an instant: kept as text so no time zone
 * moves it a day. `marketing_consent_at` is when consent was last given (null while withheld).
 */
export const CustomerProfile = model.define({ name: "CustomerProfile", tableName: "kassa_customer_profile" }, {
  id: model.id({ prefix: "cprof" }).primaryKey(),
  customer_id: model.text().unique(),
  gender: model.enum([...GENDERS]).nullable(),
  birthday: model.text().nullable(),
  marketing_consent: model.boolean().default(false),
  marketing_consent_at: model.dateTime().nullable(),
  note: model.text().nullable(),
})
