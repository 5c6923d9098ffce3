import { model } from "@medusajs/framework/utils"
import { StaffMember } from "./staff-member"

/**
 * One sign-in of a staff member, closed by their sign-out or from their profile. `token_key` is a
 * hash of its token (never the token), `cookie_session_id` the admin's cookie session made from
 * it: a closed session's token and cookie open nothing more.
 */
export const StaffSession = model.define({ name: "StaffSession", tableName: "kassa_staff_session" }, {
  id: model.id({ prefix: "kses" }).primaryKey(),
  started_at: model.dateTime(),
  ended_at: model.dateTime().nullable(),
  ip: model.text().nullable(),
  user_agent: model.text().nullable(),
  token_key: model.text().nullable(),
  cookie_session_id: model.text().nullable(),
  expires_at: model.dateTime().nullable(),
  staff_member: model.belongsTo(() => StaffMember, { mappedBy: "sessions" }),
}).indexes([
  { on: ["token_key"], where: "deleted_at IS NULL" },
  { on: ["cookie_session_id"], where: "deleted_at IS NULL" },
])
