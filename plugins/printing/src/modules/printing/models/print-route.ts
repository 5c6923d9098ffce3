import { model } from "@medusajs/framework/utils"

/** The documents Kassa prints, each routed to a printer of its own choosing. */
export const PRINT_TASKS = [
  "receipt",
  "invoice",
  "gift_receipt",
  "return_slip",
  "z_report",
  "preorder_slip",
  "installment_slip",
  "barcode_label",
  "claim_slip",
] as const
export type PrintTask = (typeof PRINT_TASKS)[number]

/**
 * Which printer prints a task at a branch: the branch's default (no register, no role), or one
 * for a register, a staff role (a Kassa role's id), or both. One route per (branch, task,
 * register, role), nulls counting as equal (a unique index in the migration). A task with no
 * route is printed from the browser.
 */
export const PrintRoute = model
  .define({ name: "PrintRoute", tableName: "kassa_print_route" }, {
    id: model.id({ prefix: "prte" }).primaryKey(),
    stock_location_id: model.text(),
    task: model.enum([...PRINT_TASKS]),
    register_id: model.text().nullable(),
    role_id: model.text().nullable(),
    printer_id: model.text(),
  })
  .indexes([{ on: ["stock_location_id", "task"] }, { on: ["printer_id"] }])
