import { model } from "@medusajs/framework/utils"

/** One line of a staff member's reorder list at a branch: kept on the server, not in a browser. */
export const StockReorderLine = model
  .define({ name: "StockReorderLine", tableName: "kassa_stock_reorder_line" }, {
    id: model.id({ prefix: "kreo" }).primaryKey(),
    user_id: model.text(),
    location_id: model.text(),
    variant_id: model.text(),
    quantity: model.number(),
    /** Who to order from; without it, the variant's supplier when it has exactly one. */
    supplier_id: model.text().nullable(),
  })
  .indexes([{ on: ["user_id", "location_id", "variant_id"], unique: true, where: "deleted_at IS NULL" }])
