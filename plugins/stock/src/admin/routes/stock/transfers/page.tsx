import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Badge, Button, Container, Heading, Input, Select, Table, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import { Link, useNavigate } from "react-router-dom"
import { StatusFilter } from "../../../components/status-filter"
import { BranchSelect } from "../../../lib/branch-select"
import { date, type Transfer, useCan, useLocationName, useLocations, useStockWrite, useTransfers } from "../../../lib/api"
import { sdk } from "../../../lib/sdk"

export const TRANSFER_COLOR = { pending: "orange", in_transit: "blue", received: "green", canceled: "red" } as Record<string, "orange" | "blue" | "green" | "red">

/** A transfer of one SKU requested from a branch to another location; its page opens once the units are reserved. */
const RequestForm = () => {
  const { data: locations = [] } = useLocations()
  const [from, setFrom] = useState("")
  const [to, setTo] = useState("")
  const [sku, setSku] = useState("")
  const [quantity, setQuantity] = useState("1")
  const navigate = useNavigate()
  const write = useStockWrite("Transfer requested: the units are reserved")
  const submit = async () => {
    const { variants } = await sdk.client.fetch<{ variants: { id: string; sku: string | null }[] }>("/admin/product-variants", { query: { sku: sku.trim(), fields: "id,sku" } })
    if (!variants[0]) return toast.error(`No variant with SKU ${sku.trim()}`)
    write.mutate(
      { path: "/transfers", body: { from_location_id: from, to_location_id: to, lines: [{ variant_id: variants[0].id, quantity: Number(quantity) }] } },
      { onSuccess: (data) => navigate(`/stock/transfers/${(data as { transfer: Transfer }).transfer.id}`) }
    )
  }
  return (
    <div className="flex flex-wrap items-center gap-2 px-6 py-4">
      <Text size="small">From</Text>
      <BranchSelect value={from} onChange={setFrom} />
      <Text size="small">to</Text>
      <Select size="small" value={to} onValueChange={setTo}>
        <Select.Trigger className="w-56" aria-label="Destination">
          <Select.Value placeholder="Destination" />
        </Select.Trigger>
        <Select.Content>
          {locations
            .filter((l) => l.id !== from)
            .map((l) => (
              <Select.Item key={l.id} value={l.id}>
                {l.name}
              </Select.Item>
            ))}
        </Select.Content>
      </Select>
      <Input size="small" className="w-48" placeholder="SKU" value={sku} onChange={(e) => setSku(e.target.value)} />
      <Input size="small" type="number" min={1} className="w-20" aria-label="Quantity" value={quantity} onChange={(e) => setQuantity(e.target.value)} />
      <Button size="small" variant="secondary" disabled={!from || !to || !sku.trim() || Number(quantity) < 1} onClick={submit} isLoading={write.isPending}>
        Request transfer
      </Button>
    </div>
  )
}

/** Transfers from or to the branches the staff member may see, newest first. */
const TransfersPage = () => {
  const [status, setStatus] = useState("all")
  const transfers = useTransfers({ ...(status !== "all" ? { status } : {}), limit: "100" })
  const name = useLocationName()
  const can = useCan()
  return (
    <Container className="divide-y p-0">
      <div className="flex flex-wrap items-center gap-3 px-6 py-4">
        <Heading className="mr-auto">Transfers</Heading>
        <StatusFilter value={status} options={["all", "pending", "in_transit", "received", "canceled"]} onChange={setStatus} />
      </div>
      {can("stock:transfer") && <RequestForm />}
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>Number</Table.HeaderCell>
            <Table.HeaderCell>Requested</Table.HeaderCell>
            <Table.HeaderCell>From → to</Table.HeaderCell>
            <Table.HeaderCell>Units</Table.HeaderCell>
            <Table.HeaderCell>Status</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {(transfers.data?.transfers ?? []).map((t) => (
            <Table.Row key={t.id}>
              <Table.Cell>
                <Link to={`/stock/transfers/${t.id}`} className="text-ui-fg-interactive">
                  {t.number}
                </Link>
              </Table.Cell>
              <Table.Cell>{date(t.created_at)}</Table.Cell>
              <Table.Cell>
                {name(t.from_location_id)} → {name(t.to_location_id)}
              </Table.Cell>
              <Table.Cell>{t.lines.reduce((n, l) => n + l.quantity, 0)}</Table.Cell>
              <Table.Cell>
                <Badge size="2xsmall" color={TRANSFER_COLOR[t.status] ?? "grey"}>
                  {t.status.replace("_", " ")}
                </Badge>
                {t.has_discrepancy && (
                  <Badge size="2xsmall" color="red" className="ml-1">
                    discrepancy
                  </Badge>
                )}
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
      <Text size="small" className="text-ui-fg-subtle px-6 py-3">
        {transfers.data?.count ?? 0} transfer{transfers.data?.count === 1 ? "" : "s"}
      </Text>
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Transfers" })

export default TransfersPage
