import { model } from "@medusajs/framework/utils"

/**
 * A branch's installment terms (one row per branch, created with these defaults on first use)
 * and its payment-receipt counter, locked while a number is taken so numbers are gapless.
 */
export const InstallmentTerms = model
  .define({ name: "InstallmentTerms", tableName: "kassa_installment_terms" }, {
    id: model.id({ prefix: "iterm" }).primaryKey(),
    stock_location_id: model.text().unique(),
    term_months: model.json<number[]>().default([3, 6, 9, 12, 18, 24]),
    min_down_payment_percent: model.bigNumber().default(20),
    interest_method: model.enum(["add_on", "flat_monthly"]).default("add_on"),
    /** add_on: percent of the amount financed for the whole term, by term length. */
    add_on_rates: model.json<Record<string, number>>().default({ "3": 3, "6": 6, "9": 9, "12": 12, "18": 18, "24": 24 }),
    /** flat_monthly: percent of the amount financed per month. */
    monthly_rate: model.bigNumber().default(1),
    processing_fee_type: model.enum(["fixed", "percent"]).default("fixed"),
    processing_fee: model.bigNumber().default(500),
    late_fee_type: model.enum(["fixed", "percent"]).default("fixed"),
    late_fee: model.bigNumber().default(250),
    late_fee_grace_days: model.number().default(3),
    late_fee_period_days: model.number().default(30),
    reminder_days_before: model.number().default(5),
    /** Plans financing at most this much are approved at the counter; null: an officer always decides. */
    auto_approve_max: model.bigNumber().nullable(),
    receipt_prefix: model.text().default("IP"),
    receipt_last: model.number().default(0),
  })
