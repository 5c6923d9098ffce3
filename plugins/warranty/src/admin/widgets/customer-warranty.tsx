import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminCustomer, DetailWidgetProps } from "@medusajs/framework/types"
import { ClaimsWidget } from "../components/claims-widget"

const CustomerWarrantyWidget = ({ data }: DetailWidgetProps<AdminCustomer>) => (
  <ClaimsWidget filter={{ customer_id: data.id }} description="This customer's repairs and replacements." />
)

export const config = defineWidgetConfig({ zone: "customer.details.after" })

export default CustomerWarrantyWidget
