import { model } from "@medusajs/framework/utils"
import { StaffSession } from "./staff-session"

/**
 * A Medusa admin user as Kassa staff: roles, the branches (stock locations) they may work at,
 * employee details, the counter PIN, and the state of their sign-ins.
 */
export const StaffMember = model.define({ name: "StaffMember", tableName: "kassa_staff_member" }, {
  id: model.id({ prefix: "stf" }).primaryKey(),
  user_id: model.text().unique(),
  role_ids: model.array(),
  /** Stock location ids; ignored when `all_branches` is set. */
  branch_ids: model.array(),
  all_branches: model.boolean().default(false),
  phone: model.text().nullable(),
  hire_date: model.dateTime().nullable(),
  avatar_url: model.text().nullable(),
  is_active: model.boolean().default(true),
  /** Percent of the agent's sales, e.g. 2.5. */
  commission_rate: model.bigNumber().nullable(),
  pin_hash: model.text().nullable(),
  pin_failed_count: model.number().default(0),
  pin_locked_until: model.dateTime().nullable(),
  failed_login_count: model.number().default(0),
  locked_until: model.dateTime().nullable(),
  last_login_at: model.dateTime().nullable(),
  last_logout_at: model.dateTime().nullable(),
  last_seen_at: model.dateTime().nullable(),
  /** When the first of their second factors (Medusa's MFA) was enabled; null without one. */
  second_factor_since: model.dateTime().nullable(),
  /** Archived: deactivated by a manager with a reason (restoring clears these and reactivates). */
  archived_at: model.dateTime().nullable(),
  archived_by: model.text().nullable(),
  archive_reason: model.text().nullable(),
  sessions: model.hasMany(() => StaffSession, { mappedBy: "staff_member" }),
})
