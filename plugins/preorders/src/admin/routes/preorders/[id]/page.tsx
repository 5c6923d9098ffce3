import { Button, Container, Heading, StatusBadge, Table, Text } from "@medusajs/ui"
import { useState } from "react"
import { Link, useParams } from "react-router-dom"
import { RecordActions } from "../../../components/record-actions"
import { day, fetchSlip, money, STATUS, useLocations, usePreorder } from "../../../lib/api"

const when = (d: string | null) => (d ? new Date(d).toLocaleString() : "–")

/** One pre-order or layaway: what it is for, what is paid and owed, the unit held, its payments and slips, and what can be done next. */
const PreorderPage = () => {
  const { id } = useParams()
  const record = usePreorder(id!)
  const locations = useLocations().data ?? []
  const branchName = (locationId: string) => locations.find((l) => l.id === locationId)?.name ?? locationId
  const [slip, setSlip] = useState<string | null>(null)

  if (record.isLoading) return <Container>Loading…</Container>
  if (!record.data) return <Container>{(record.error as Error | null)?.message ?? "No such pre-order"}</Container>
  const p = record.data
  const status = STATUS[p.status] ?? { label: p.status, color: "grey" as const }
  const facts: [string, string][] = [
    ["Item", `${p.quantity} × ${p.title}`],
    ["Branch", branchName(p.stock_location_id)],
    ["Total", money(p.total, p.currency_code)],
    ["Paid", money(p.paid, p.currency_code)],
    ["Balance", money(p.balance, p.currency_code)],
    [p.kind === "layaway" ? "Kept until" : "Expected", day(p.kind === "layaway" ? p.expires_at : p.expected_at)],
    ["Unit held", p.reservation_id ? `since ${when(p.allocated_at)}` : "not yet (waiting for stock)"],
    ["Customer told", when(p.notified_at)],
    ...(p.serial_numbers?.length ? [["Serial numbers", p.serial_numbers.join(", ")] as [string, string]] : []),
    ...(p.delivery ? [["Delivery", `${[p.delivery.address.address_1, p.delivery.address.city].filter(Boolean).join(", ")} · fee ${money(p.delivery.fee, p.currency_code)}`] as [string, string]] : []),
    ...(p.closed_at ? [["Closed", `${when(p.closed_at)}${p.close_reason ? ` · ${p.close_reason}` : ""}`] as [string, string]] : []),
    ...(p.note ? [["Note", p.note] as [string, string]] : []),
  ]

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="divide-y p-0">
        <div className="flex items-center justify-between px-6 py-4">
          <div>
            <Heading>
              {p.kind === "layaway" ? "Layaway" : "Pre-order"} <span className="font-mono">{p.number}</span>
            </Heading>
            <Text size="small" className="text-ui-fg-subtle">
              Taken {when(p.created_at)} · <Link to={`/customers/${p.customer_id}`}>the customer</Link>
            </Text>
          </div>
          <StatusBadge color={status.color}>{status.label}</StatusBadge>
        </div>
        <dl className="grid grid-cols-2 gap-x-6 gap-y-2 px-6 py-4" data-testid="preorder-facts">
          {facts.map(([label, value]) => (
            <div key={label} className="flex gap-x-2">
              <dt className="text-ui-fg-subtle w-32 shrink-0 text-sm">{label}</dt>
              <dd className="text-sm">{value}</dd>
            </div>
          ))}
        </dl>
      </Container>
      <Container className="divide-y p-0">
        <div className="px-6 py-4">
          <Heading level="h2">Payments</Heading>
        </div>
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>When</Table.HeaderCell>
              <Table.HeaderCell>Receipt</Table.HeaderCell>
              <Table.HeaderCell>What</Table.HeaderCell>
              <Table.HeaderCell>Tender</Table.HeaderCell>
              <Table.HeaderCell>Branch</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Amount</Table.HeaderCell>
              <Table.HeaderCell />
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {p.payments.map((x) => (
              <Table.Row key={x.id}>
                <Table.Cell>{when(x.created_at)}</Table.Cell>
                <Table.Cell className="font-mono">{x.receipt_number}</Table.Cell>
                <Table.Cell>{x.type}</Table.Cell>
                <Table.Cell>{x.tender}</Table.Cell>
                <Table.Cell>{branchName(x.stock_location_id)}</Table.Cell>
                <Table.Cell className="text-right">{money(x.amount, p.currency_code)}</Table.Cell>
                <Table.Cell>
                  <Button size="small" variant="transparent" onClick={() => void fetchSlip(p.id, x.receipt_number).then(setSlip)}>
                    Slip
                  </Button>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
        {slip && (
          <div className="px-6 py-4">
            <pre className="bg-ui-bg-subtle w-fit p-3 font-mono text-xs" data-testid="preorder-slip">
              {slip}
            </pre>
            <Button size="small" variant="secondary" onClick={() => setSlip(null)}>
              Close the slip
            </Button>
          </div>
        )}
      </Container>
      <Container className="px-6 py-4">
        <Heading level="h2" className="mb-3">
          Next
        </Heading>
        <RecordActions record={p} branches={locations} />
      </Container>
    </div>
  )
}

export default PreorderPage
