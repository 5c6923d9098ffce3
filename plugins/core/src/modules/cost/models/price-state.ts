import { model } from "@medusajs/framework/utils"

/**
 * What Kassa's markup last wrote as a variant's price in a currency, and whether that price is
 * manual: a price found different from what the rule last wrote was typed by hand (in Medusa's
 * admin), and markup never overwrites it until someone sets it back to automatic.
 */
export const PriceState = model
  .define("kassa_price_state", {
    id: model.id({ prefix: "kps" }).primaryKey(),
    variant_id: model.text(),
    currency_code: model.text(),
    auto_amount: model.bigNumber().nullable(),
    manual: model.boolean().default(false),
  })
  .indexes([{ on: ["variant_id", "currency_code"], unique: true, where: "deleted_at IS NULL" }])
