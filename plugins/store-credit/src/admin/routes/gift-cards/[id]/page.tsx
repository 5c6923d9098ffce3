import { Badge, Container, Heading, Table, Text } from "@medusajs/ui"
import { Link, useParams } from "react-router-dom"
import { DisableCardForm } from "../../../components/disable-card-form"
import { GiftCardStatusBadge } from "../../../components/gift-card-status"
import { useAccess } from "../../../lib/access"
import { CARD_ENTRY_LABEL, date, money } from "../../../lib/format"
import { useGiftCard, useLocations } from "../../../lib/queries"

const COLOR = { issue: "green", redeem: "blue", reversal: "orange", expiry: "grey" } as const

const Row = ({ label, children }: { label: string; children: React.ReactNode }) => (
  <div className="grid grid-cols-2 items-start px-6 py-3">
    <Text size="small" weight="plus" className="text-ui-fg-subtle">
      {label}
    </Text>
    <Text size="small">{children}</Text>
  </div>
)

/** One gift card: what it was sold for and has left, where and on which order, its history with the running balance; a manager disables it. */
const GiftCardPage = () => {
  const { id = "" } = useParams()
  const card = useGiftCard(id)
  const locations = useLocations()
  const { canAt } = useAccess()
  if (!card.data) {
    return (
      <Container>
        <Text className={card.error ? "text-ui-fg-error" : undefined}>{card.error?.message ?? "Loading…"}</Text>
      </Container>
    )
  }
  const c = card.data
  const nameOf = (locationId: string | null) => (locations.data ?? []).find((l) => l.id === locationId)?.name ?? locationId ?? "–"
  const disablingBranches = (locations.data ?? []).filter((l) => canAt("store_credit:issue", l.id))
  return (
    <div className="flex flex-col gap-y-3">
      <Container className="divide-y p-0">
        <div className="flex flex-wrap items-center justify-between gap-2 px-6 py-4">
          <div>
            <Heading className="font-mono">Gift card {c.code}</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              {c.id}
            </Text>
          </div>
          <GiftCardStatusBadge status={c.status} />
        </div>
        <Row label="Balance">{money(c.balance, c.currency_code)}</Row>
        <Row label="Face value">{money(c.amount, c.currency_code)}</Row>
        <Row label="Sold">
          {date(c.created_at)} at {nameOf(c.stock_location_id)} ·{" "}
          <Link to={`/orders/${c.order_id}`} className="text-ui-fg-interactive hover:underline">
            {c.order_display_id ? `Order #${c.order_display_id}` : "Order"}
          </Link>
        </Row>
        <Row label="Expires">{c.expires_at ? date(c.expires_at) : "Never"}</Row>
        {c.disabled_at && (
          <Row label="Disabled">
            {date(c.disabled_at)}: {c.disabled_reason}
          </Row>
        )}
        {!c.disabled_at && <DisableCardForm cardId={c.id} branches={disablingBranches} />}
      </Container>
      <Container className="divide-y p-0">
        <div className="px-6 py-4">
          <Heading level="h2">History</Heading>
        </div>
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Entry</Table.HeaderCell>
              <Table.HeaderCell>Where</Table.HeaderCell>
              <Table.HeaderCell>Reason</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Amount</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Balance</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {[...c.entries].reverse().map((e) => (
              <Table.Row key={e.id}>
                <Table.Cell className="whitespace-nowrap">
                  <Badge size="2xsmall" color={COLOR[e.type]}>
                    {CARD_ENTRY_LABEL[e.type]}
                  </Badge>
                  <Text size="xsmall" className="text-ui-fg-subtle">
                    {date(e.created_at)}
                  </Text>
                </Table.Cell>
                <Table.Cell>
                  {e.order_id ? (
                    <Link to={`/orders/${e.order_id}`} className="text-ui-fg-interactive hover:underline">
                      {e.stock_location_id ? nameOf(e.stock_location_id) : "Order"}
                    </Link>
                  ) : (
                    "–"
                  )}
                </Table.Cell>
                <Table.Cell className="max-w-56">
                  <div className="truncate">{e.reason ?? "–"}</div>
                </Table.Cell>
                <Table.Cell className="whitespace-nowrap text-right">{money(e.amount, c.currency_code)}</Table.Cell>
                <Table.Cell className="whitespace-nowrap text-right">{money(e.balance, c.currency_code)}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </Container>
    </div>
  )
}

export default GiftCardPage
