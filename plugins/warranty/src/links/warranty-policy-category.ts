import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import WarrantyModule from "../modules/warranty"

// Read-only: the policy carries category_id itself, so no link table is written.
export default defineLink(
  { linkable: WarrantyModule.linkable.warrantyPolicy, field: "category_id" },
  ProductModule.linkable.productCategory,
  { readOnly: true }
)
