import { Table, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { date, money } from "../lib/format"
import type { GiftCardRow } from "../lib/types"
import { GiftCardStatusBadge } from "./gift-card-status"

/** Cards sold: masked code (opens the card), face value, balance, status, branch, date and order. */
export const GiftCardsTable = ({ cards }: { cards: GiftCardRow[] }) =>
  cards.length ? (
    <Table>
      <Table.Header>
        <Table.Row>
          <Table.HeaderCell>Code</Table.HeaderCell>
          <Table.HeaderCell className="text-right">Face value</Table.HeaderCell>
          <Table.HeaderCell className="text-right">Balance</Table.HeaderCell>
          <Table.HeaderCell>Status</Table.HeaderCell>
          <Table.HeaderCell>Sold at</Table.HeaderCell>
          <Table.HeaderCell>Sold</Table.HeaderCell>
          <Table.HeaderCell>Expires</Table.HeaderCell>
          <Table.HeaderCell>Order</Table.HeaderCell>
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {cards.map((c) => (
          <Table.Row key={c.id}>
            <Table.Cell>
              <Link to={`/gift-cards/${c.id}`} className="text-ui-fg-interactive font-mono hover:underline">
                {c.code}
              </Link>
            </Table.Cell>
            <Table.Cell className="text-right">{money(c.amount, c.currency_code)}</Table.Cell>
            <Table.Cell className="text-right">{money(c.balance, c.currency_code)}</Table.Cell>
            <Table.Cell>
              <GiftCardStatusBadge status={c.status} />
            </Table.Cell>
            <Table.Cell>{c.branch ?? "–"}</Table.Cell>
            <Table.Cell>{date(c.created_at)}</Table.Cell>
            <Table.Cell>{c.expires_at ? date(c.expires_at) : "Never"}</Table.Cell>
            <Table.Cell>
              <Link to={`/orders/${c.order_id}`} className="text-ui-fg-interactive hover:underline">
                {c.order_display_id ? `#${c.order_display_id}` : "Order"}
              </Link>
            </Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  ) : (
    <Text size="small" className="text-ui-fg-subtle px-6 py-4">
      No gift cards match.
    </Text>
  )
