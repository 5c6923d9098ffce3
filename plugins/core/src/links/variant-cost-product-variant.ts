import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import CostModule from "../modules/cost"

// Read-only: the cost row carries variant_id itself (unique), so no link table is written and
// `query.graph({ entity: "variant_cost", fields: ["product_variant.*"] })` still resolves it.
export default defineLink(
  { linkable: CostModule.linkable.variantCost, field: "variant_id" },
  ProductModule.linkable.productVariant,
  { readOnly: true }
)
