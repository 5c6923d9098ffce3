import { model } from "@medusajs/framework/utils"
import { Installment } from "./installment"
import { InstallmentPayment } from "./payment"

/**
 * An installment sale: the terms it was sold on (copied, so later changes to a branch's terms
 * do not touch it), who sold, approved or rejected it and why, and its schedule and payments.
 * Amounts owed and paid live on the installments; the plan's balance is their sum.
 */
export const InstallmentPlan = model
  .define({ name: "InstallmentPlan", tableName: "kassa_installment_plan" }, {
    id: model.id({ prefix: "iplan" }).primaryKey(),
    order_id: model.text().unique(),
    customer_id: model.text(),
    stock_location_id: model.text(),
    status: model.enum(["pending_approval", "active", "completed", "rejected", "canceled"]).default("pending_approval"),
    term_months: model.number(),
    interest_method: model.enum(["add_on", "flat_monthly"]),
    /** Percent: for the whole term (add_on) or per month (flat_monthly). */
    interest_rate: model.bigNumber(),
    sale_total: model.bigNumber(),
    down_payment: model.bigNumber(),
    amount_financed: model.bigNumber(),
    interest_total: model.bigNumber(),
    processing_fee: model.bigNumber(),
    late_fee_type: model.enum(["fixed", "percent"]),
    late_fee: model.bigNumber(),
    late_fee_grace_days: model.number(),
    late_fee_period_days: model.number(),
    /** The sale date in the branch's time zone; installment k falls due k months later. */
    start_date: model.text(),
    /** Days the oldest unpaid installment is past due; 0 when none is. */
    days_past_due: model.number().default(0),
    /** User ids: who sold it at the counter, who approved, rejected or escalated it. */
    sold_by: model.text(),
    approved_by: model.text().nullable(),
    approved_at: model.dateTime().nullable(),
    auto_approved: model.boolean().default(false),
    rejected_by: model.text().nullable(),
    rejected_at: model.dateTime().nullable(),
    decision_note: model.text().nullable(),
    escalated_by: model.text().nullable(),
    escalated_at: model.dateTime().nullable(),
    escalation_note: model.text().nullable(),
    /** When the goods were handed over (on approval); until then the order stays unfulfilled. */
    goods_released_at: model.dateTime().nullable(),
    completed_at: model.dateTime().nullable(),
    installments: model.hasMany(() => Installment, { mappedBy: "plan" }),
    payments: model.hasMany(() => InstallmentPayment, { mappedBy: "plan" }),
  })
  .indexes([{ on: ["status", "stock_location_id"] }, { on: ["customer_id"] }])
