import { model } from "@medusajs/framework/utils"

/**
 * The warranty a product (or every product of a category) carries. A product's own policy wins
 * over its categories'; without either, the defaults apply (see `resolvePolicies`).
 */
export const WarrantyPolicy = model
  .define({ name: "WarrantyPolicy", tableName: "kassa_warranty_policy" }, {
    id: model.id({ prefix: "wpol" }).primaryKey(),
    product_id: model.text().nullable(),
    category_id: model.text().nullable(),
    /** Days after the sale (branch calendar days) in which the unit is repaired. */
    repair_days: model.number().default(30),
    /** Days after the sale in which a faulty unit is replaced by a new one. */
    replacement_days: model.number().default(7),
    manufacturer_months: model.number().nullable(),
    /** Sold as is: claims are refused. */
    no_warranty: model.boolean().default(false),
  })
  .indexes([
    { on: ["product_id"], unique: true, where: "product_id IS NOT NULL AND deleted_at IS NULL" },
    { on: ["category_id"], unique: true, where: "category_id IS NOT NULL AND deleted_at IS NULL" },
  ])
