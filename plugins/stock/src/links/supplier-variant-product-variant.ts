import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import StockModule from "../modules/stock"

// Read-only: the supply row carries variant_id itself, so no link table is written and
// `query.graph({ entity: "stock_supplier_variant", fields: ["product_variant.*"] })` resolves it.
export default defineLink(
  { linkable: StockModule.linkable.stockSupplierVariant, field: "variant_id" },
  ProductModule.linkable.productVariant,
  { readOnly: true }
)
