import { model } from "@medusajs/framework/utils"

/** What a credit desk needs about a Medusa customer: identity, address and contacts. */
export const CreditProfile = model
  .define({ name: "CreditProfile", tableName: "kassa_installment_credit_profile" }, {
    id: model.id({ prefix: "icp" }).primaryKey(),
    customer_id: model.text().unique(),
    id_type: model.text(),
    id_number: model.text(),
    address_line: model.text(),
    city: model.text(),
    province: model.text().nullable(),
    postal_code: model.text().nullable(),
    phone: model.text(),
    employer: model.text().nullable(),
    monthly_income: model.bigNumber().nullable(),
    reference_name: model.text().nullable(),
    reference_phone: model.text().nullable(),
  })
