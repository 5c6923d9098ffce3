import { model } from "@medusajs/framework/utils"

/**
 * The store-wide rule that makes a customer "Frequent": at least `min_purchases` paid orders
 * and/or at least `min_spend` (integer minor units of `currency_code`, net of refunds) over
 * the last `months` months, at any branch. `match` says whether one threshold is enough
 * ("any") or both are needed ("all"); a threshold left null is not part of the rule. One row
 * per store (`scope` = "store").
 */
export const FrequentRule = model.define({ name: "FrequentRule", tableName: "kassa_frequent_rule" }, {
  id: model.id({ prefix: "cfrule" }).primaryKey(),
  scope: model.text().default("store").unique(),
  enabled: model.boolean().default(true),
  min_purchases: model.number().nullable(),
  min_spend: model.bigNumber().nullable(),
  currency_code: model.text().default("php"),
  months: model.number().default(12),
  match: model.enum(["any", "all"]).default("any"),
})
