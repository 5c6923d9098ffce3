import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminOrder, DetailWidgetProps } from "@medusajs/framework/types"
import { Container, Heading, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { money } from "../lib/format"
import { useOrderCredit } from "../lib/queries"

/** On an order paid partly or wholly with store credit or a gift card, or selling gift cards: what they paid, what was given back, the cards sold. */
const OrderStoreCreditWidget = ({ data: order }: DetailWidgetProps<AdminOrder>) => {
  const { data } = useOrderCredit(order.id)
  if (!data) return null
  const cards = data.gift_cards
  if (!data.transactions.length && !cards.entries.length && !cards.sold.length) return null
  const currency = data.currency_code ?? order.currency_code
  const cardCurrency = cards.currency_code ?? order.currency_code
  return (
    <Container className="divide-y p-0">
      {data.transactions.length > 0 && (
        <>
          <div className="px-6 py-4">
            <Heading level="h2">Store credit</Heading>
          </div>
          <div className="flex flex-col gap-y-1 px-6 py-4">
            <Text size="small">Used on this order {money(data.used, currency)}</Text>
            <Text size="small">Given back {money(data.given_back, currency)}</Text>
          </div>
        </>
      )}
      {(cards.entries.length > 0 || cards.sold.length > 0) && (
        <>
          <div className="px-6 py-4">
            <Heading level="h2">Gift cards</Heading>
          </div>
          {cards.entries.length > 0 && (
            <div className="flex flex-col gap-y-1 px-6 py-4">
              <Text size="small">Paid by gift card {money(cards.used, cardCurrency)}</Text>
              <Text size="small">Given back {money(cards.given_back, cardCurrency)}</Text>
              {[...new Map(cards.entries.map((e) => [e.gift_card_id, e.code])).entries()].map(([id, code]) => (
                <Link key={id} to={`/gift-cards/${id}`} className="text-ui-fg-interactive txt-small font-mono hover:underline">
                  {code}
                </Link>
              ))}
            </div>
          )}
          {cards.sold.length > 0 && (
            <div className="flex flex-col gap-y-1 px-6 py-4">
              <Text size="small" weight="plus">
                Sold on this order
              </Text>
              {cards.sold.map((c) => (
                <div key={c.id} className="flex justify-between gap-x-2">
                  <Link to={`/gift-cards/${c.id}`} className="text-ui-fg-interactive txt-small font-mono hover:underline">
                    {c.code}
                  </Link>
                  <Text size="small">
                    {money(c.balance, cardCurrency)} of {money(c.amount, cardCurrency)}
                  </Text>
                </div>
              ))}
            </div>
          )}
        </>
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "order.details.side.after" })

export default OrderStoreCreditWidget
