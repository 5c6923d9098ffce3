import { Badge, Button, Container, Heading, Input, Table, Text } from "@medusajs/ui"
import { useState } from "react"
import { Link, useParams } from "react-router-dom"
import { date, type Transfer, useCan, useLocationName, useMe, useStockWrite, useTransfer } from "../../../../lib/api"
import { TRANSFER_COLOR } from "../page"

type Arrival = Record<string, { received: string; damaged: string; note: string }>

/** What arrived, line by line: received in good order and damaged (the rest is missing), with a note. */
const ReceiveForm = ({ transfer }: { transfer: Transfer }) => {
  const write = useStockWrite(`Transfer ${transfer.number} received`)
  const [arrival, setArrival] = useState<Arrival>(() => Object.fromEntries(transfer.lines.map((l) => [l.id, { received: String(l.quantity), damaged: "0", note: "" }])))
  const set = (id: string, field: keyof Arrival[string], value: string) => setArrival((a) => ({ ...a, [id]: { ...a[id], [field]: value } }))
  const lines = transfer.lines.map((l) => ({
    line_id: l.id,
    received_quantity: Number(arrival[l.id].received),
    damaged_quantity: Number(arrival[l.id].damaged),
    ...(arrival[l.id].note.trim() ? { note: arrival[l.id].note.trim() } : {}),
  }))
  return (
    <div className="flex flex-col gap-3 px-6 py-4">
      <Heading level="h2">Receive</Heading>
      {transfer.lines.map((l) => (
        <div key={l.id} className="flex flex-wrap items-center gap-2">
          <Text size="small" className="w-64">
            {l.title} ({l.sku ?? "no SKU"}): {l.quantity} sent
          </Text>
          <Input size="small" type="number" min={0} className="w-24" aria-label={`Received ${l.sku ?? l.title}`} value={arrival[l.id].received} onChange={(e) => set(l.id, "received", e.target.value)} />
          <Input size="small" type="number" min={0} className="w-24" aria-label={`Damaged ${l.sku ?? l.title}`} value={arrival[l.id].damaged} onChange={(e) => set(l.id, "damaged", e.target.value)} />
          <Input size="small" className="w-64" placeholder="Note (missing, damaged…)" value={arrival[l.id].note} onChange={(e) => set(l.id, "note", e.target.value)} />
        </div>
      ))}
      <div>
        <Button size="small" onClick={() => write.mutate({ path: `/transfers/${transfer.id}/receive`, body: { lines } })} isLoading={write.isPending}>
          Confirm receipt
        </Button>
      </div>
    </div>
  )
}

/** One transfer: its lines with what arrived, and what the staff member may do next at their branch. */
const TransferPage = () => {
  const { id } = useParams()
  const { data } = useTransfer(id!)
  const name = useLocationName()
  const can = useCan()
  const { data: me } = useMe()
  const write = useStockWrite("Transfer updated")
  const t = data?.transfer
  if (!t) return <Container>Loading…</Container>
  const worksAt = (location: string) => !!me && (!!me.staff?.all_branches || me.branches.some((b) => b.stock_location_id === location))
  const atSource = can("stock:transfer") && worksAt(t.from_location_id)
  return (
    <Container className="divide-y p-0">
      <div className="flex flex-wrap items-center gap-3 px-6 py-4">
        <Link to="/stock/transfers" className="text-ui-fg-subtle">
          Transfers
        </Link>
        <Heading className="mr-auto">{t.number}</Heading>
        <Badge size="2xsmall" color={TRANSFER_COLOR[t.status] ?? "grey"}>
          {t.status.replace("_", " ")}
        </Badge>
        {atSource && t.status === "pending" && (
          <>
            <Button size="small" variant="secondary" onClick={() => write.mutate({ path: `/transfers/${t.id}/dispatch` })}>
              Dispatch
            </Button>
            <Button size="small" variant="transparent" onClick={() => write.mutate({ path: `/transfers/${t.id}/cancel` })}>
              Cancel
            </Button>
          </>
        )}
      </div>
      <div className="grid grid-cols-2 gap-2 px-6 py-4 text-sm">
        <Text size="small">From: {name(t.from_location_id)}</Text>
        <Text size="small">To: {name(t.to_location_id)}</Text>
        <Text size="small">Requested: {date(t.created_at)}</Text>
        <Text size="small">Dispatched: {date(t.dispatched_at)}</Text>
        <Text size="small">Received: {date(t.received_at)}</Text>
        <Text size="small">Note: {t.note ?? "—"}</Text>
      </div>
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>Item</Table.HeaderCell>
            <Table.HeaderCell className="text-right">Sent</Table.HeaderCell>
            <Table.HeaderCell className="text-right">Received</Table.HeaderCell>
            <Table.HeaderCell className="text-right">Damaged</Table.HeaderCell>
            <Table.HeaderCell className="text-right">Missing</Table.HeaderCell>
            <Table.HeaderCell>Note</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {t.lines.map((l) => (
            <Table.Row key={l.id}>
              <Table.Cell>
                {l.title} <span className="text-ui-fg-subtle">{l.sku}</span>
              </Table.Cell>
              <Table.Cell className="text-right">{l.quantity}</Table.Cell>
              <Table.Cell className="text-right">{l.received_quantity ?? "—"}</Table.Cell>
              <Table.Cell className="text-right">{l.damaged_quantity ?? "—"}</Table.Cell>
              <Table.Cell className="text-right">{l.missing_quantity ?? "—"}</Table.Cell>
              <Table.Cell>{l.note ?? ""}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
      {t.status === "in_transit" && can("stock:transfer_receive") && worksAt(t.to_location_id) && <ReceiveForm transfer={t} />}
    </Container>
  )
}

export default TransferPage
