import { model } from "@medusajs/framework/utils"
import { DEFAULT_TIMEZONE } from "../defaults"
import { PluginSwitch } from "./plugin-switch"
import { Register } from "./register"

/**
 * Kassa's details of a branch. The branch itself is a Medusa stock location (its stock) with a
 * sales channel (its sales); this record adds what the counter and its receipts need.
 */
export const Branch = model
  .define({ name: "Branch", tableName: "kassa_branch" }, {
    id: model.id({ prefix: "brch" }).primaryKey(),
    stock_location_id: model.text().unique(),
    sales_channel_id: model.text().nullable(),
    /** Short code used in receipt numbers, e.g. MNL. */
    code: model.text().unique(),
    address: model.text().nullable(),
    phone: model.text().nullable(),
    tax_id: model.text().nullable(),
    receipt_header: model.text().nullable(),
    receipt_footer: model.text().nullable(),
    timezone: model.text().default(DEFAULT_TIMEZONE),
    /** A closed branch sells nothing and changes nothing until it reopens; its records stay (closing/). */
    closed_at: model.dateTime().nullable(),
    closed_by: model.text().nullable(),
    close_reason: model.text().nullable(),
    /** The registers the close retired, reactivated when the branch reopens (the others stay as they were). */
    closed_register_ids: model.json().nullable(),
    /** The branch's own logo (a File module id); none: the store's (branding/logo.ts). */
    logo_file_id: model.text().nullable(),
    registers: model.hasMany(() => Register, { mappedBy: "branch" }),
    plugin_switches: model.hasMany(() => PluginSwitch, { mappedBy: "branch" }),
  })
  .cascades({ delete: ["registers", "plugin_switches"] })
