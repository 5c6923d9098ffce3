import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminCustomer, DetailWidgetProps } from "@medusajs/framework/types"
import { Container, Heading, Text } from "@medusajs/ui"
import { PlansTable } from "../components/plans-table"
import { php } from "../lib/format"
import { useLocations, usePlans } from "../lib/queries"

/** On a customer: their installment plans and what they owe in total. */
const CustomerInstallmentsWidget = ({ data: customer }: DetailWidgetProps<AdminCustomer>) => {
  const { data } = usePlans({ customer_id: customer.id }, 100)
  const locations = useLocations()
  if (!data?.plans.length) return null
  const names = new Map((locations.data ?? []).map((l) => [l.id, l.name]))
  const outstanding = data.plans.filter((p) => p.status === "active").reduce((sum, p) => sum + Math.round(Number(p.balance) * 100), 0)
  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">Installment plans</Heading>
        <Text size="small">Outstanding {php(outstanding / 100)}</Text>
      </div>
      <PlansTable plans={data.plans} branchName={(id) => names.get(id) ?? id} />
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "customer.details.after" })

export default CustomerInstallmentsWidget
