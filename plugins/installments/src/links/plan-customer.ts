import { defineLink } from "@medusajs/framework/utils"
import CustomerModule from "@medusajs/medusa/customer"
import InstallmentsModule from "../modules/installments"

// Read-only: the plan carries customer_id, so lists join the customer's name and e-mail.
export default defineLink({ linkable: InstallmentsModule.linkable.installmentPlan, field: "customer_id" }, CustomerModule.linkable.customer, { readOnly: true })
