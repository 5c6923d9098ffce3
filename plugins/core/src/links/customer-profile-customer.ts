import { defineLink } from "@medusajs/framework/utils"
import CustomerModule from "@medusajs/medusa/customer"
import CustomerProfileModule from "../modules/customer-profile"

// Read-only: the profile carries customer_id itself (unique), so no link table is written and
// `query.graph({ entity: "customer_profile", fields: ["customer.*"] })` still resolves it.
export default defineLink(
  { linkable: CustomerProfileModule.linkable.customerProfile, field: "customer_id" },
  CustomerModule.linkable.customer,
  { readOnly: true }
)
