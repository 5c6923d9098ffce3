import { model } from "@medusajs/framework/utils"

/**
 * One branch's rules, made with the defaults on first use: the minimum deposit (a percent of
 * the total, or an amount, whichever is higher), the cancellation fee (a percent of what was
 * paid; none by default), a layaway's term and how often a customer whose goods wait is reminded.
 * `last_number`: the branch's pre-order series, taken under this row's lock.
 */
export const PreorderSettings = model
  .define({ name: "PreorderSettings", tableName: "kassa_preorder_settings" }, {
    id: model.id({ prefix: "pordset" }).primaryKey(),
    stock_location_id: model.text(),
    deposit_percent: model.number().default(20),
    /** A fixed minimum deposit per order, in the currency's major unit; null: the percent alone. */
    deposit_amount: model.bigNumber().nullable(),
    cancel_fee_percent: model.number().default(0),
    layaway_days: model.number().default(30),
    reminder_days: model.number().default(3),
    last_number: model.number().default(0),
  })
  .indexes([{ on: ["stock_location_id"], unique: true, where: "deleted_at IS NULL" }])
