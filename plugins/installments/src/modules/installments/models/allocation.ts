import { model } from "@medusajs/framework/utils"
import { InstallmentPayment } from "./payment"

/** The part of a payment that went to one installment, by component. */
export const PaymentAllocation = model
  .define({ name: "PaymentAllocation", tableName: "kassa_installment_allocation" }, {
    id: model.id({ prefix: "ialc" }).primaryKey(),
    payment: model.belongsTo(() => InstallmentPayment, { mappedBy: "allocations" }),
    installment_id: model.text(),
    fee: model.bigNumber(),
    interest: model.bigNumber(),
    principal: model.bigNumber(),
  })
  .indexes([{ on: ["installment_id"] }])
