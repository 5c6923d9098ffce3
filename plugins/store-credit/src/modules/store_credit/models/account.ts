import { model } from "@medusajs/framework/utils"
import { StoreCreditTransaction } from "./transaction"

/**
 * A customer's store credit in one currency. It holds no balance: the balance is the sum of its
 * transactions. Its row is what a debit locks (service.ts).
 */
export const StoreCreditAccount = model
  .define({ name: "StoreCreditAccount", tableName: "kassa_store_credit_account" }, {
    id: model.id({ prefix: "scacc" }).primaryKey(),
    customer_id: model.text(),
    currency_code: model.text(),
    transactions: model.hasMany(() => StoreCreditTransaction, { mappedBy: "account" }),
  })
  .indexes([{ on: ["customer_id", "currency_code"], unique: true, where: "deleted_at IS NULL" }])
