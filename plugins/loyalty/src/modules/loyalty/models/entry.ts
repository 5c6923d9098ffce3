import { model } from "@medusajs/framework/utils"
import { LoyaltyAccount } from "./account"

/**
 * One immutable entry of a member's points ledger (the database refuses UPDATE and DELETE).
 * `points` is signed: earn, a positive adjust and a redemption given back add; redeem, expire,
 * a negative adjust and points taken back for a return take away. `spend` is the qualifying
 * spend (centavos) the entry adds to or takes from the tier window.
 */
export const LoyaltyEntry = model
  .define({ name: "LoyaltyEntry", tableName: "kassa_loyalty_entry" }, {
    id: model.id({ prefix: "lyent" }).primaryKey(),
    account: model.belongsTo(() => LoyaltyAccount, { mappedBy: "entries" }),
    sequence: model.number(),
    type: model.enum(["earn", "redeem", "expire", "adjust", "reverse"]),
    points: model.number(),
    spend: model.number(),
    /** Redeem: what the points paid, in centavos. */
    value: model.number(),
    /** Points a take-back could not take because the member had spent them (never a negative balance). */
    shortfall: model.number(),
    reason: model.text().nullable(),
    /** "order", "return", "void", "redeem", "manual"… with its id. */
    reference_type: model.text().nullable(),
    reference_id: model.text().nullable(),
    /** Expire: the earning it lapses; reverse: the entry it undoes. */
    source_id: model.text().nullable(),
    stock_location_id: model.text().nullable(),
    actor_id: model.text().nullable(),
    /** Earnings: when what is left of them lapses (expiry_mode "earned"). */
    expires_at: model.dateTime().nullable(),
    /** Earnings: the tier the member held at that sale (what its receipt prints, also on a reprint). */
    tier_name: model.text().nullable(),
  })
  .indexes([
    { on: ["account_id", "sequence"], unique: true },
    { on: ["reference_type", "reference_id"] },
  ])
