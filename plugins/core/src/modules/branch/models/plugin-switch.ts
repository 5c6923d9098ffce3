import { model } from "@medusajs/framework/utils"
import { Branch } from "./branch"

/** A manager's choice for one Kassa plugin at one branch; no row means the plugin's default. */
export const PluginSwitch = model
  .define({ name: "PluginSwitch", tableName: "kassa_plugin_switch" }, {
    id: model.id({ prefix: "kplg" }).primaryKey(),
    plugin: model.text(),
    enabled: model.boolean(),
    branch: model.belongsTo(() => Branch, { mappedBy: "plugin_switches" }),
  })
  .indexes([{ on: ["branch_id", "plugin"], unique: true, where: "deleted_at IS NULL" }])
