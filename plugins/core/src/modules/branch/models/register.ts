import { model } from "@medusajs/framework/utils"
import { Branch } from "./branch"

/** A counter (till) at a branch; the POS sells on a register. */
export const Register = model
  .define({ name: "Register", tableName: "kassa_register" }, {
    id: model.id({ prefix: "kreg" }).primaryKey(),
    name: model.text(),
    code: model.text(),
    is_active: model.boolean().default(true),
    branch: model.belongsTo(() => Branch, { mappedBy: "registers" }),
  })
  .indexes([{ on: ["branch_id", "code"], unique: true, where: "deleted_at IS NULL" }])
