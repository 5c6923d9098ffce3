import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import InstallmentsModule from "../modules/installments"

// Read-only: the plan carries order_id (one plan per counter sale), no link table is written.
export default defineLink({ linkable: InstallmentsModule.linkable.installmentPlan, field: "order_id" }, OrderModule.linkable.order, { readOnly: true })
