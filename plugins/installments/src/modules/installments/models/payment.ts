import { model } from "@medusajs/framework/utils"
import { PaymentAllocation } from "./allocation"
import { InstallmentPlan } from "./plan"

/** A payment collected on a plan, at any branch, with its receipt number from that branch's series. */
export const InstallmentPayment = model
  .define({ name: "InstallmentPayment", tableName: "kassa_installment_payment" }, {
    id: model.id({ prefix: "ipay" }).primaryKey(),
    plan: model.belongsTo(() => InstallmentPlan, { mappedBy: "payments" }),
    receipt_number: model.text().unique(),
    stock_location_id: model.text(),
    method: model.text(),
    amount: model.bigNumber(),
    reference: model.text().nullable(),
    is_payoff: model.boolean().default(false),
    note: model.text().nullable(),
    collected_by: model.text(),
    allocations: model.hasMany(() => PaymentAllocation, { mappedBy: "payment" }),
  })
