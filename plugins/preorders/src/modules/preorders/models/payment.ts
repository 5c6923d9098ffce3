import { model } from "@medusajs/framework/utils"
import { Preorder } from "./preorder"

/**
 * Money in or out of a pre-order, never edited: the deposit, later payments (at any branch) and
 * refunds (negative, in the tender the money came in). What is paid is their sum.
 */
export const PreorderPayment = model
  .define({ name: "PreorderPayment", tableName: "kassa_preorder_payment" }, {
    id: model.id({ prefix: "pordpay" }).primaryKey(),
    preorder: model.belongsTo(() => Preorder, { mappedBy: "payments" }),
    type: model.enum(["deposit", "payment", "refund"]),
    /** cash, card or a branch's own method (bank transfer, …): the POS's money tenders. */
    tender: model.text(),
    amount: model.bigNumber(),
    stock_location_id: model.text(),
    /** The pre-order's number and the payment's place in it: PO-MNL-000001-2. */
    receipt_number: model.text(),
    created_by: model.text(),
  })
  .indexes([{ on: ["receipt_number"], unique: true, where: "deleted_at IS NULL" }])
