import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import WarrantyModule from "../modules/warranty"

// Read-only: the claim carries order_id itself; lists read the order's number and customer through it.
export default defineLink({ linkable: WarrantyModule.linkable.warrantyClaim, field: "order_id" }, OrderModule.linkable.order, { readOnly: true })
