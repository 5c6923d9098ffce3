import { model } from "@medusajs/framework/utils"

/**
 * What another system may do with one of Medusa's secret API keys: the Kassa roles it acts with
 * and the branches it may touch, as a staff member would, and how many calls a minute it may
 * make. A secret key without a row here holds no policy at all (least privilege).
 */
export const ApiKeyAccess = model.define({ name: "ApiKeyAccess", tableName: "kassa_api_key_access" }, {
  id: model.id({ prefix: "kak" }).primaryKey(),
  api_key_id: model.text(),
  role_ids: model.array(),
  branch_ids: model.array(),
  all_branches: model.boolean().default(false),
  /** Calls a minute before 429; null: the default (API_KEY_DEFAULT_RATE). */
  rate_limit_per_minute: model.number().nullable(),
}).indexes([{ on: ["api_key_id"], unique: true, where: "deleted_at IS NULL" }])
