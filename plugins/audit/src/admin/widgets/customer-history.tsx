import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminCustomer, DetailWidgetProps } from "@medusajs/framework/types"
import { HistoryWidget } from "../components/history-widget"

const CustomerHistoryWidget = ({ data }: DetailWidgetProps<AdminCustomer>) => <HistoryWidget type="customer" id={data.id} />

export const config = defineWidgetConfig({ zone: "customer.details.after" })

export default CustomerHistoryWidget
