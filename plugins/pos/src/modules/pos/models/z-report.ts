import { model } from "@medusajs/framework/utils"

/**
 * The figures of a closed drawer session, numbered per register and frozen: the migration's
 * trigger refuses any update or delete, so a reprint shows what was issued.
 */
export const ZReport = model
  .define({ name: "PosZReport", tableName: "kassa_pos_z_report" }, {
    id: model.id({ prefix: "pzr" }).primaryKey(),
    register_id: model.text(),
    stock_location_id: model.text(),
    session_id: model.text().unique(),
    number: model.number(),
    issued_by: model.text(),
    issued_at: model.dateTime(),
    figures: model.json(),
  })
  .indexes([{ on: ["register_id", "number"], unique: true }])
