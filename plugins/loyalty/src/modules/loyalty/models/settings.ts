import { model } from "@medusajs/framework/utils"

/**
 * The store-wide programme: one row (id `lyset_store`, written by the first migration). Amounts
 * are integer minor units (centavos), shares and multipliers whole percents, so no rule needs a float.
 */
export const LoyaltySettings = model.define({ name: "LoyaltySettings", tableName: "kassa_loyalty_settings" }, {
  id: model.id({ prefix: "lyset" }).primaryKey(),
  /** One point for every this many centavos paid (10000: a point per ₱100). */
  spend_per_point: model.number(),
  /** How a fraction of a point is settled: down (default), nearest (half up) or up. */
  rounding: model.enum(["down", "nearest", "up"]),
  /** Whether VAT counts towards points (true) or only the net amount (false). */
  earn_on_tax: model.boolean(),
  /** Tender methods whose amount earns nothing (points themselves, store credit, gift cards). */
  non_earning_tenders: model.json(),
  /** What a point is worth when spent, in centavos. */
  point_value: model.number(),
  /** A redemption below this many points is refused. */
  min_redeem_points: model.number(),
  /** At most this percent of a sale's total may be paid in points. */
  max_redeem_percent: model.number(),
  /** none; earned: each earning lapses `expiry_months` after it; inactivity: the whole balance lapses after `expiry_months` without earning or spending. */
  expiry_mode: model.enum(["none", "earned", "inactivity"]),
  expiry_months: model.number(),
  /** What tiers are reached by over the window: qualifying spend (centavos) or points earned. */
  tier_basis: model.enum(["spend", "points"]),
  tier_window_months: model.number(),
})
