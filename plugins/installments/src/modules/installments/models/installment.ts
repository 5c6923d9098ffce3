import { model } from "@medusajs/framework/utils"
import { InstallmentPlan } from "./plan"

/**
 * One monthly installment: what falls due (principal, interest, fees — the processing fee on the
 * first, late fees as they are charged), what was paid of each and what a payoff waived.
 */
export const Installment = model
  .define({ name: "Installment", tableName: "kassa_installment" }, {
    id: model.id({ prefix: "iins" }).primaryKey(),
    plan: model.belongsTo(() => InstallmentPlan, { mappedBy: "installments" }),
    sequence: model.number(),
    /** A calendar date, "YYYY-MM-DD". */
    due_date: model.text(),
    principal_due: model.bigNumber(),
    interest_due: model.bigNumber(),
    fee_due: model.bigNumber(),
    principal_paid: model.bigNumber().default(0),
    interest_paid: model.bigNumber().default(0),
    fee_paid: model.bigNumber().default(0),
    interest_waived: model.bigNumber().default(0),
    status: model.enum(["pending", "overdue", "paid"]).default("pending"),
    days_past_due: model.number().default(0),
    /** Late-fee periods already charged: the job charges only the ones not yet charged. */
    late_fee_periods: model.number().default(0),
    paid_at: model.dateTime().nullable(),
  })
  .indexes([{ on: ["plan_id", "sequence"], unique: true }, { on: ["status", "due_date"] }])
