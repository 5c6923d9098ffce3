import { model } from "@medusajs/framework/utils"

/**
 * An expiry e-mail for one credit, claimed before it is sent: the unique row per credit is what
 * makes a second run of the job (or two at once) send nothing again. A table of its own because
 * ledger entries refuse UPDATE.
 */
export const StoreCreditReminder = model
  .define({ name: "StoreCreditReminder", tableName: "kassa_store_credit_reminder" }, {
    id: model.id({ prefix: "screm" }).primaryKey(),
    /** The credit entry (sctx_…) whose expiry the e-mail announces. */
    transaction_id: model.text(),
    account_id: model.text(),
    sent_to: model.text(),
    notification_id: model.text().nullable(),
  })
  .indexes([{ on: ["transaction_id"], unique: true, where: "deleted_at IS NULL" }])
