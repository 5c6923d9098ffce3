import { Badge, Button, Container, Heading, Input, Table, Text } from "@medusajs/ui"
import { useState } from "react"
import { Link, useParams } from "react-router-dom"
import { date, money, useCan, useCount, useLocationName, useStockWrite } from "../../../../lib/api"
import { COUNT_COLOR } from "../page"

/** The count sheet: scan a barcode (each scan adds one), or enter a counted quantity per line; a manager approves with a reason. */
const CountPage = () => {
  const { id } = useParams()
  const { data } = useCount(id!)
  const name = useLocationName()
  const can = useCan()
  const write = useStockWrite("Count updated")
  const [barcode, setBarcode] = useState("")
  const [entered, setEntered] = useState<Record<string, string>>({})
  const [reason, setReason] = useState("")
  const c = data?.stock_count
  if (!c) return <Container>Loading…</Container>
  const counting = c.status === "counting" && can("stock:count")
  const record = (line: Record<string, unknown>, after?: () => void) => write.mutate({ path: `/counts/${c.id}/lines`, body: { lines: [line] } }, { onSuccess: after })
  const value = (v: string | null | undefined) => (v === null || v === undefined ? "—" : c.currency_code ? money(Number(v), c.currency_code) : v)
  return (
    <Container className="divide-y p-0">
      <div className="flex flex-wrap items-center gap-3 px-6 py-4">
        <Link to="/stock/counts" className="text-ui-fg-subtle">
          Counts
        </Link>
        <Heading className="mr-auto">
          {c.number} · {name(c.location_id)}
        </Heading>
        <Badge size="2xsmall" color={COUNT_COLOR[c.status] ?? "grey"}>
          {c.status}
        </Badge>
      </div>
      <div className="flex flex-wrap items-center gap-4 px-6 py-4">
        <Text size="small">Started {date(c.created_at)}</Text>
        <Text size="small">
          {c.counted_lines} of {c.lines?.length ?? 0} lines counted
        </Text>
        <Text size="small">
          Variance: {c.variance_units} units, {value(c.variance_value)}
          {c.unvalued_lines ? ` (${c.unvalued_lines} without a cost)` : ""}
        </Text>
        {c.reason && <Text size="small">Reason: {c.reason}</Text>}
      </div>
      {counting && (
        <form
          className="flex items-center gap-2 px-6 py-4"
          onSubmit={(e) => {
            e.preventDefault()
            if (barcode.trim()) record({ barcode: barcode.trim(), quantity: 1, mode: "add" }, () => setBarcode(""))
          }}
        >
          <Input size="small" className="w-64" placeholder="Scan a barcode" autoFocus value={barcode} onChange={(e) => setBarcode(e.target.value)} />
          <Button size="small" variant="secondary" type="submit">
            Add one
          </Button>
        </form>
      )}
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>Item</Table.HeaderCell>
            <Table.HeaderCell>Barcode</Table.HeaderCell>
            <Table.HeaderCell className="text-right">System</Table.HeaderCell>
            <Table.HeaderCell className="text-right">Counted</Table.HeaderCell>
            <Table.HeaderCell className="text-right">Variance</Table.HeaderCell>
            <Table.HeaderCell className="text-right">Value at cost</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {(c.lines ?? []).map((l) => (
            <Table.Row key={l.id}>
              <Table.Cell>
                {l.title} <span className="text-ui-fg-subtle">{l.sku}</span>
              </Table.Cell>
              <Table.Cell>{l.barcode ?? ""}</Table.Cell>
              <Table.Cell className="text-right">{l.system_quantity}</Table.Cell>
              <Table.Cell className="text-right">
                {counting ? (
                  <Input
                    size="small"
                    type="number"
                    min={0}
                    className="ml-auto w-20"
                    aria-label={`Counted ${l.sku ?? l.title}`}
                    value={entered[l.id] ?? (l.counted_quantity === null ? "" : String(l.counted_quantity))}
                    onChange={(e) => setEntered((x) => ({ ...x, [l.id]: e.target.value }))}
                    onBlur={() => entered[l.id] !== undefined && entered[l.id] !== "" && record({ variant_id: l.variant_id, quantity: Number(entered[l.id]), mode: "set" })}
                  />
                ) : (
                  (l.counted_quantity ?? "—")
                )}
              </Table.Cell>
              <Table.Cell className="text-right">{l.variance ?? "—"}</Table.Cell>
              <Table.Cell className="text-right">{value(l.variance_value)}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
      {c.status === "counting" && (
        <div className="flex flex-wrap items-center gap-2 px-6 py-4">
          {can("stock:count_approve") && (
            <>
              <Input size="small" className="w-80" placeholder="Reason for the adjustments" value={reason} onChange={(e) => setReason(e.target.value)} />
              <Button size="small" disabled={reason.trim().length < 3} onClick={() => write.mutate({ path: `/counts/${c.id}/approve`, body: { reason: reason.trim() } })}>
                Approve and adjust stock
              </Button>
            </>
          )}
          {can("stock:count") && (
            <Button size="small" variant="transparent" onClick={() => write.mutate({ path: `/counts/${c.id}/cancel`, body: {} })}>
              Cancel count
            </Button>
          )}
        </div>
      )}
    </Container>
  )
}

export default CountPage
