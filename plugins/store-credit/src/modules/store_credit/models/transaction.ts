import { model } from "@medusajs/framework/utils"
import { StoreCreditAccount } from "./account"

/**
 * One immutable entry of an account's ledger (the database refuses UPDATE and DELETE on it).
 * `amount` is signed, in the currency's major unit with two decimals: a credit and the reversal of
 * a debit add, a debit, an expiry and the reversal of a credit take away. `sequence` orders an
 * account's entries without gaps (assigned under the account's row lock).
 */
export const StoreCreditTransaction = model
  .define({ name: "StoreCreditTransaction", tableName: "kassa_store_credit_transaction" }, {
    id: model.id({ prefix: "sctx" }).primaryKey(),
    account: model.belongsTo(() => StoreCreditAccount, { mappedBy: "transactions" }),
    sequence: model.number(),
    type: model.enum(["credit", "debit", "expiry", "reversal"]),
    amount: model.bigNumber(),
    reason: model.text().nullable(),
    /** What the entry is for: "order", "return", "manual", … with its id. */
    reference_type: model.text().nullable(),
    reference_id: model.text().nullable(),
    /** Expiry: the credit it expires; reversal: the entry it reverses. */
    source_id: model.text().nullable(),
    stock_location_id: model.text().nullable(),
    /** The user (staff) or customer who caused it; null: the system (the expiry job). */
    actor_id: model.text().nullable(),
    /** Credits only: from this instant what is left of it expires. */
    expires_at: model.dateTime().nullable(),
  })
  .indexes([
    { on: ["account_id", "sequence"], unique: true },
    { on: ["reference_type", "reference_id"] },
    { on: ["source_id"] },
  ])
