import { model } from "@medusajs/framework/utils"

/**
 * What the credit desk knows about a staff member (core's, by id): the largest amount financed
 * they may approve (none: zero) and their security level. A staff member without a row has
 * neither.
 */
export const CreditOfficer = model.define({ name: "CreditOfficer", tableName: "kassa_installment_credit_officer" }, {
  id: model.id({ prefix: "icof" }).primaryKey(),
  staff_member_id: model.text().unique(),
  approval_limit: model.bigNumber().nullable(),
  /** 1 (lowest) to 5. */
  security_level: model.number().default(1),
})
