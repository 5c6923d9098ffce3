import { model } from "@medusajs/framework/utils"
import { StockSupplierVariant } from "./supplier-variant"

/**
 * Who the store buys from. The contract's status is not stored: it follows from the dates
 * (supplierStatus), so it never goes stale between a contract's end and someone noticing.
 */
export const StockSupplier = model
  .define({ name: "StockSupplier", tableName: "kassa_stock_supplier" }, {
    id: model.id({ prefix: "ksup" }).primaryKey(),
    name: model.text().searchable(),
    contact_name: model.text().nullable(),
    phone: model.text().nullable(),
    email: model.text().nullable(),
    /** Payment and delivery terms as agreed ("30 days net, delivered Mondays"). */
    terms: model.text().nullable(),
    contract_start: model.dateTime().nullable(),
    contract_end: model.dateTime().nullable(),
    /** Set when a contract's end was moved later: the contract was renewed. */
    renewed_at: model.dateTime().nullable(),
    /** The supplier (or the store) opted out of the contract from this date. */
    opted_out_at: model.dateTime().nullable(),
    archived_at: model.dateTime().nullable(),
    supplies: model.hasMany(() => StockSupplierVariant, { mappedBy: "supplier" }),
  })
  .cascades({ delete: ["supplies"] })
