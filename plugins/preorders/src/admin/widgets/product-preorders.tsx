import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminProduct, DetailWidgetProps } from "@medusajs/framework/types"
import { Container, Heading, Text } from "@medusajs/ui"
import { PreordersTable } from "../components/preorders-table"
import { useLocations, usePreorders } from "../lib/api"

/** On a product: its open pre-orders and layaways, units promised (reserved) and units still waiting for stock. */
const ProductPreordersWidget = ({ data: product }: DetailWidgetProps<AdminProduct>) => {
  const list = usePreorders({ product_id: product.id, status: "open" }, 100)
  const locations = useLocations().data ?? []
  if (list.error) return null
  const rows = list.data?.preorders ?? []
  const units = (status: string) => rows.filter((p) => p.status === status).reduce((n, p) => n + p.quantity, 0)
  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">Pre-orders</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {rows.length ? `${units("ready")} unit(s) reserved · ${units("awaiting_stock")} waiting for stock` : "None open"}
        </Text>
      </div>
      {rows.length > 0 && <PreordersTable rows={rows} branchName={(id) => locations.find((l) => l.id === id)?.name ?? id} />}
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "product.details.after" })

export default ProductPreordersWidget
