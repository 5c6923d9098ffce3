import { model } from "@medusajs/framework/utils"
import { CashMovement } from "./cash-movement"

/**
 * A register's cash drawer from the counted float to the close. One open session per register
 * (a partial unique index); sales and cash refunds at the register belong to its open session,
 * and the close compares the counted cash with what the drawer should hold.
 */
export const DrawerSession = model
  .define({ name: "PosDrawerSession", tableName: "kassa_pos_drawer_session" }, {
    id: model.id({ prefix: "pdrw" }).primaryKey(),
    register_id: model.text(),
    stock_location_id: model.text(),
    status: model.enum(["open", "closed"]).default("open"),
    opened_by: model.text(),
    opened_at: model.dateTime(),
    opening_float: model.bigNumber(),
    /** Denomination → count, as counted at the open and at the close. */
    opening_denominations: model.json().nullable(),
    closed_by: model.text().nullable(),
    closed_at: model.dateTime().nullable(),
    counted_denominations: model.json().nullable(),
    counted_cash: model.bigNumber().nullable(),
    expected_cash: model.bigNumber().nullable(),
    /** counted − expected: positive over, negative short. */
    over_short: model.bigNumber().nullable(),
    /** Closed by a manager for someone else (an abandoned drawer). */
    force_closed: model.boolean().default(false),
    close_note: model.text().nullable(),
    cash_movements: model.hasMany(() => CashMovement, { mappedBy: "session" }),
  })
  .cascades({ delete: ["cash_movements"] })
  .indexes([
    { on: ["register_id"], unique: true, where: "status = 'open'" },
    { on: ["stock_location_id", "opened_at"] },
  ])
