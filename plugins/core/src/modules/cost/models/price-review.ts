import { model } from "@medusajs/framework/utils"

/**
 * A price that a cost change calls for, kept for a person to apply or dismiss (settings
 * markup_apply = review), or recorded as applied at once (immediate). `reason` says why the
 * price changed ("cost changed from X to Y"): core cannot write into the audit plugin's context,
 * so for immediate re-pricing this row is where the reason lives.
 */
export const PriceReview = model.define("kassa_price_review", {
  id: model.id({ prefix: "kprv" }).primaryKey(),
  variant_id: model.text(),
  currency_code: model.text(),
  rule_id: model.text().nullable(),
  old_price: model.bigNumber().nullable(),
  new_price: model.bigNumber(),
  old_cost: model.bigNumber().nullable(),
  new_cost: model.bigNumber(),
  status: model.enum(["pending", "applied", "dismissed"]).default("pending"),
  reason: model.text().nullable(),
})
