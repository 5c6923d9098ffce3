import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import WarrantyModule from "../modules/warranty"

// Read-only: the policy carries product_id itself, so no link table is written.
export default defineLink({ linkable: WarrantyModule.linkable.warrantyPolicy, field: "product_id" }, ProductModule.linkable.product, { readOnly: true })
