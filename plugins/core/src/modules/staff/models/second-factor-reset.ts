import { model } from "@medusajs/framework/utils"

/**
 * An owner's reset of a staff member's second factors (a lost phone): who, whose, why, how many
 * factors it disabled. The audit log records the row with its actor; the reason lives here.
 */
export const SecondFactorReset = model.define({ name: "SecondFactorReset", tableName: "kassa_second_factor_reset" }, {
  id: model.id({ prefix: "sfr" }).primaryKey(),
  staff_member_id: model.text().index(),
  reset_by: model.text(),
  reason: model.text(),
  factors_disabled: model.number(),
})
