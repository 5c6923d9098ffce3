import { model } from "@medusajs/framework/utils"

/**
 * A tier: reached when the member's qualifying figure over the window (settings' tier_basis) is at
 * least `threshold`. Each tier is a Medusa customer group (`customer_group_id`) so price lists and
 * promotions can target it; membership follows the member's tier.
 */
export const LoyaltyTier = model
  .define({ name: "LoyaltyTier", tableName: "kassa_loyalty_tier" }, {
    id: model.id({ prefix: "lytier" }).primaryKey(),
    name: model.text(),
    /** Centavos of qualifying spend, or points, by the settings' tier_basis. */
    threshold: model.number(),
    /** Points earned are multiplied by this percent (125: 1.25×). */
    earn_multiplier_percent: model.number(),
    customer_group_id: model.text().nullable(),
  })
  .indexes([{ on: ["threshold"], unique: true, where: "deleted_at IS NULL" }])
