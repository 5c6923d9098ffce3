import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminOrder, DetailWidgetProps } from "@medusajs/framework/types"
import { HistoryWidget } from "../components/history-widget"

const OrderHistoryWidget = ({ data }: DetailWidgetProps<AdminOrder>) => <HistoryWidget type="order" id={data.id} />

export const config = defineWidgetConfig({ zone: "order.details.after" })

export default OrderHistoryWidget
