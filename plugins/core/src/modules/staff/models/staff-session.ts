import { model } from "@medusajs/framework/utils"
import { StaffMember } from "./staff-member"

/**
 * One sign-in of a staff member, closed by their sign-out or from their profile. `issued_at` is
 * its token's (second-precision) issue time: a closed session's token opens nothing more.
 */
export const StaffSession = model.define({ name: "StaffSession", tableName: "kassa_staff_session" }, {
  id: model.id({ prefix: "kses" }).primaryKey(),
  started_at: model.dateTime(),
  ended_at: model.dateTime().nullable(),
  ip: model.text().nullable(),
  user_agent: model.text().nullable(),
  issued_at: model.dateTime().nullable(),
  expires_at: model.dateTime().nullable(),
  staff_member: model.belongsTo(() => StaffMember, { mappedBy: "sessions" }),
}).indexes([{ on: ["staff_member_id", "issued_at"], where: "deleted_at IS NULL" }])
