import { model } from "@medusajs/framework/utils"

/**
 * A named set of policies (`resource:operation`, or `*` for all). The default roles are seeded
 * as `is_system` (they can be edited, not deleted); owners may add their own.
 */
export const StaffRole = model.define({ name: "StaffRole", tableName: "kassa_role" }, {
  id: model.id({ prefix: "krol" }).primaryKey(),
  name: model.text().unique(),
  description: model.text().nullable(),
  policies: model.array(),
  is_system: model.boolean().default(false),
  /** Its staff must sign in with a second factor; until they enrol, they reach nothing else. */
  requires_second_factor: model.boolean().default(false),
})
