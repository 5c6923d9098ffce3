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
})
