import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminOrder, DetailWidgetProps } from "@medusajs/framework/types"
import { Container, Heading, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { PlanStatus } from "../components/plan-status"
import { php } from "../lib/format"
import { usePlans } from "../lib/queries"

/** On an order sold on installments: its plan's status, balance and next due date. */
const OrderInstallmentWidget = ({ data: order }: DetailWidgetProps<AdminOrder>) => {
  const { data } = usePlans({ order_id: order.id }, 1)
  const plan = data?.plans[0]
  if (!plan) return null
  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">Installment plan</Heading>
        <PlanStatus plan={plan} />
      </div>
      <div className="flex flex-col gap-y-1 px-6 py-4">
        <Text size="small">
          {php(plan.amount_financed)} financed over {plan.term_months} months; {php(plan.down_payment)} down.
        </Text>
        <Text size="small">Balance {php(plan.balance)}{plan.next_due ? `; next due ${plan.next_due.date} (${php(plan.next_due.amount)})` : ""}</Text>
        {plan.status === "pending_approval" && (
          <Text size="small" className="text-ui-fg-subtle">
            The goods stay at the branch until a credit officer approves.
          </Text>
        )}
        <Link to={`/installments/${plan.id}`} className="text-ui-fg-interactive txt-small">
          Open the plan
        </Link>
      </div>
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "order.details.side.after" })

export default OrderInstallmentWidget
