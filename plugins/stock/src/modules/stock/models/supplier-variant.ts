import { model } from "@medusajs/framework/utils"
import { StockSupplier } from "./supplier"

/** A variant a supplier sells the store: their SKU for it, what it costs from them and how long it takes to come. */
export const StockSupplierVariant = model
  .define({ name: "StockSupplierVariant", tableName: "kassa_stock_supplier_variant" }, {
    id: model.id({ prefix: "ksupv" }).primaryKey(),
    supplier: model.belongsTo(() => StockSupplier, { mappedBy: "supplies" }),
    variant_id: model.text(),
    supplier_sku: model.text().nullable(),
    cost: model.bigNumber(),
    currency_code: model.text(),
    lead_time_days: model.number().default(0),
  })
  .indexes([{ on: ["supplier_id", "variant_id"], unique: true, where: "deleted_at IS NULL" }, { on: ["variant_id"], where: "deleted_at IS NULL" }])
