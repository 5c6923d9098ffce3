import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminCustomer, DetailWidgetProps } from "@medusajs/framework/types"
import { Container, Heading, Text } from "@medusajs/ui"
import { PreordersTable } from "../components/preorders-table"
import { money, useLocations, usePreorders } from "../lib/api"

/** On a customer: their open pre-orders and layaways, and what they owe on them. */
const CustomerPreordersWidget = ({ data: customer }: DetailWidgetProps<AdminCustomer>) => {
  const list = usePreorders({ customer_id: customer.id, status: "open" }, 50)
  const locations = useLocations().data ?? []
  if (list.error) return null
  const rows = list.data?.preorders ?? []
  const owed = new Map<string, number>()
  for (const p of rows) owed.set(p.currency_code, (owed.get(p.currency_code) ?? 0) + Math.round(Number(p.balance) * 100))
  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">Pre-orders and layaways</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {rows.length ? [...owed].map(([c, v]) => `Owes ${money((v / 100).toFixed(2), c)}`).join(" · ") : "None open"}
        </Text>
      </div>
      {rows.length > 0 && <PreordersTable rows={rows} branchName={(id) => locations.find((l) => l.id === id)?.name ?? id} />}
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "customer.details.after" })

export default CustomerPreordersWidget
