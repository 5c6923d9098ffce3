import { model } from "@medusajs/framework/utils"
import { DrawerSession } from "./drawer-session"

/** Cash put into or taken out of a drawer outside a sale (change fund, a bank drop, petty cash). */
export const CashMovement = model.define({ name: "PosCashMovement", tableName: "kassa_pos_cash_movement" }, {
  id: model.id({ prefix: "pcsh" }).primaryKey(),
  type: model.enum(["in", "out"]),
  amount: model.bigNumber(),
  reason: model.text(),
  created_by: model.text(),
  session: model.belongsTo(() => DrawerSession, { mappedBy: "cash_movements" }),
})
