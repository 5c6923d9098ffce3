import { model } from "@medusajs/framework/utils"

/** The store's one row of markup settings: whether a cost change re-prices at once or waits for review. */
export const PricingSetting = model.define("kassa_pricing_setting", {
  id: model.id({ prefix: "kpset" }).primaryKey(),
  markup_apply: model.enum(["review", "immediate"]).default("review"),
})
