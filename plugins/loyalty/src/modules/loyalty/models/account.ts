import { model } from "@medusajs/framework/utils"
import { LoyaltyEntry } from "./entry"

/**
 * A member: one per customer. It holds no balance: the balance is the sum of its entries. Its row
 * is what every write to the ledger locks (service.ts).
 */
export const LoyaltyAccount = model
  .define({ name: "LoyaltyAccount", tableName: "kassa_loyalty_account" }, {
    id: model.id({ prefix: "lyacc" }).primaryKey(),
    customer_id: model.text(),
    /** Agreed to receive messages (tier changes, offers) when enrolling. */
    marketing_consent: model.boolean(),
    enrolled_at: model.dateTime(),
    /** Where they enrolled; null: the web store. */
    enrolled_location_id: model.text().nullable(),
    enrolled_by: model.text().nullable(),
    tier_id: model.text().nullable(),
    tier_changed_at: model.dateTime().nullable(),
    entries: model.hasMany(() => LoyaltyEntry, { mappedBy: "account" }),
  })
  .indexes([{ on: ["customer_id"], unique: true, where: "deleted_at IS NULL" }])
