import { model } from "@medusajs/framework/utils"
import { StaffMember } from "./staff-member"

/** One sign-in of a staff member, closed by their sign-out. */
export const StaffSession = model.define({ name: "StaffSession", tableName: "kassa_staff_session" }, {
  id: model.id({ prefix: "kses" }).primaryKey(),
  started_at: model.dateTime(),
  ended_at: model.dateTime().nullable(),
  ip: model.text().nullable(),
  user_agent: model.text().nullable(),
  staff_member: model.belongsTo(() => StaffMember, { mappedBy: "sessions" }),
})
