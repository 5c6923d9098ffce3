import { model } from "@medusajs/framework/utils"

/**
 * A reminder e-mail, claimed before it is sent: the unique (installment, kind) row is what
 * makes a second run of the daily job send nothing again.
 */
export const Reminder = model
  .define({ name: "InstallmentReminder", tableName: "kassa_installment_reminder" }, {
    id: model.id({ prefix: "irem" }).primaryKey(),
    installment_id: model.text(),
    plan_id: model.text(),
    kind: model.enum(["before_due", "overdue"]),
    sent_to: model.text(),
    notification_id: model.text().nullable(),
  })
  .indexes([{ on: ["installment_id", "kind"], unique: true }])
