import { model } from "@medusajs/framework/utils"
import { WarrantyClaim } from "./warranty-claim"

/** The swap of a replacement claim: the faulty unit's serial for the new one's. */
export const Replacement = model.define({ name: "Replacement", tableName: "kassa_warranty_replacement" }, {
  id: model.id({ prefix: "wrpl" }).primaryKey(),
  old_serial: model.text(),
  new_serial: model.text(),
  new_variant_id: model.text(),
  /** The inventory item whose stock at the branch the new unit left. */
  inventory_item_id: model.text(),
  stock_location_id: model.text(),
  replaced_by: model.text(),
  claim: model.belongsTo(() => WarrantyClaim, { mappedBy: "replacement" }),
})
