import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminOrder, DetailWidgetProps } from "@medusajs/framework/types"
import { Container, Heading, Text } from "@medusajs/ui"
import { money } from "../lib/format"
import { useOrderCredit } from "../lib/queries"

/** On an order paid partly or wholly with store credit: what credit paid and what was given back. */
const OrderStoreCreditWidget = ({ data: order }: DetailWidgetProps<AdminOrder>) => {
  const { data } = useOrderCredit(order.id)
  if (!data?.transactions.length) return null
  const currency = data.currency_code ?? order.currency_code
  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">Store credit</Heading>
      </div>
      <div className="flex flex-col gap-y-1 px-6 py-4">
        <Text size="small">Used on this order {money(data.used, currency)}</Text>
        <Text size="small">Given back {money(data.given_back, currency)}</Text>
      </div>
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "order.details.side.after" })

export default OrderStoreCreditWidget
