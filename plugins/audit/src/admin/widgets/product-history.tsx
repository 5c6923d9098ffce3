import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminProduct, DetailWidgetProps } from "@medusajs/framework/types"
import { HistoryWidget } from "../components/history-widget"

const ProductHistoryWidget = ({ data }: DetailWidgetProps<AdminProduct>) => <HistoryWidget type="product" id={data.id} />

export const config = defineWidgetConfig({ zone: "product.details.after" })

export default ProductHistoryWidget
