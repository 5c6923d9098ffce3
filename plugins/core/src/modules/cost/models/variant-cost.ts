import { model } from "@medusajs/framework/utils"

/**
 * What the retailer paid for one unit of a product variant, in the currency it sells in.
 * Reports derive gross profit from it; Medusa's variant has no cost field of its own.
 */
export const VariantCost = model.define("variant_cost", {
  id: model.id({ prefix: "vcost" }).primaryKey(),
  variant_id: model.text().unique(),
  currency_code: model.text(),
  amount: model.bigNumber(),
})
