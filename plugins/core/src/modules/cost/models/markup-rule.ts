import { model } from "@medusajs/framework/utils"

/**
 * How a variant's selling price follows from its cost: the most specific rule in force wins (the
 * product's, else its first category's, else the store's). `value` is a decimal string: a
 * percentage ("35.5") or a fixed amount in the currency's major units ("150.00"). Prefixed
 * kassa_ so the audit plugin records every change to it.
 */
export const MarkupRule = model.define("kassa_markup_rule", {
  id: model.id({ prefix: "mkr" }).primaryKey(),
  scope: model.enum(["product", "category", "store"]),
  product_id: model.text().nullable(),
  category_id: model.text().nullable(),
  currency_code: model.text(),
  kind: model.enum(["percent", "fixed"]),
  value: model.text(),
  rounding: model.enum(["none", "peso", "half", "nine", "five"]).default("none"),
})
