import { defineLink } from "@medusajs/framework/utils"
import CustomerModule from "@medusajs/medusa/customer"
import StoreCreditModule from "../modules/store_credit"

// Read-only: the account carries customer_id, so lists join the customer's name and e-mail.
export default defineLink({ linkable: StoreCreditModule.linkable.storeCreditAccount, field: "customer_id" }, CustomerModule.linkable.customer, { readOnly: true })
