import { defineLink } from "@medusajs/framework/utils"
import CustomerModule from "@medusajs/medusa/customer"
import InstallmentsModule from "../modules/installments"

// Read-only: a credit profile extends one Medusa customer (customer_id, unique) without re-modelling it.
export default defineLink({ linkable: InstallmentsModule.linkable.creditProfile, field: "customer_id" }, CustomerModule.linkable.customer, { readOnly: true })
