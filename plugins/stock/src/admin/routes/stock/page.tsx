import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ArchiveBox } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Input, Select, Table, Text } from "@medusajs/ui"
import { useState } from "react"
import { useCan, useLevels, useReorderList, useStockWrite, type ReorderLine } from "../../lib/api"
import { BranchSelect } from "../../lib/branch-select"

const STATUS_COLOR = { out: "red", low: "orange", healthy: "green" } as const

const ReorderRow = ({ line, location }: { line: ReorderLine; location: string }) => {
  const write = useStockWrite("Reorder list saved")
  const [quantity, setQuantity] = useState(String(line.quantity))
  const save = (supplier_id?: string) =>
    write.mutate({ path: "/reorder-list", body: { location_id: location, lines: [{ variant_id: line.variant_id, quantity: Number(quantity), ...(supplier_id ? { supplier_id } : {}) }] } })
  return (
    <Table.Row>
      <Table.Cell>{[line.level?.product_title, line.level?.variant_title].filter(Boolean).join(" — ") || line.variant_id}</Table.Cell>
      <Table.Cell className="text-right">{line.level?.available ?? "—"}</Table.Cell>
      <Table.Cell className="text-right">{line.on_order}</Table.Cell>
      <Table.Cell className="text-right">{line.suggested_quantity ?? "—"}</Table.Cell>
      <Table.Cell>
        <Input size="small" type="number" min={1} className="w-20" value={quantity} onChange={(e) => setQuantity(e.target.value)} onBlur={() => Number(quantity) !== line.quantity && save()} />
      </Table.Cell>
      <Table.Cell>
        <Select size="small" value={line.supplier_id ?? ""} onValueChange={(v) => save(v)}>
          <Select.Trigger className="w-48">
            <Select.Value placeholder={line.suppliers.length === 1 ? line.suppliers[0].name : "Choose a supplier"} />
          </Select.Trigger>
          <Select.Content>
            {line.suppliers.map((s) => (
              <Select.Item key={s.supplier_id} value={s.supplier_id}>
                {s.name} · {s.cost} {s.currency_code.toUpperCase()}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
      </Table.Cell>
      <Table.Cell>
        <Button size="small" variant="transparent" onClick={() => write.mutate({ path: `/reorder-list/${line.id}`, method: "DELETE" })}>
          Remove
        </Button>
      </Table.Cell>
    </Table.Row>
  )
}

/** A branch's low and out-of-stock variants, the staff member's reorder list there, and its purchase orders in the making. */
const LowStockPage = () => {
  const can = useCan()
  const [location, setLocation] = useState("")
  const [status, setStatus] = useState("low")
  const levels = useLevels(location, status)
  const reorder = useReorderList(location)
  const add = useStockWrite("Added to the reorder list")
  const order = useStockWrite("Purchase orders created")
  const ordering = can("stock:order")
  return (
    <div className="flex flex-col gap-y-3">
      <Container className="divide-y p-0">
        <div className="flex flex-wrap items-center gap-3 px-6 py-4">
          <Heading className="mr-auto">Low stock</Heading>
          <BranchSelect value={location} onChange={setLocation} />
          <Select size="small" value={status} onValueChange={setStatus}>
            <Select.Trigger className="w-40">
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              <Select.Item value="low">Low and out</Select.Item>
              <Select.Item value="out">Out</Select.Item>
              <Select.Item value="all">Everything</Select.Item>
            </Select.Content>
          </Select>
        </div>
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Product</Table.HeaderCell>
              <Table.HeaderCell>SKU</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Available</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Minimum</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Reorder to</Table.HeaderCell>
              <Table.HeaderCell>Status</Table.HeaderCell>
              <Table.HeaderCell />
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {(levels.data?.stock_levels ?? []).map((l) => (
              <Table.Row key={l.variant_id}>
                <Table.Cell>{[l.product_title, l.variant_title].filter(Boolean).join(" — ")}</Table.Cell>
                <Table.Cell>{l.sku ?? "—"}</Table.Cell>
                <Table.Cell className="text-right">{l.available}</Table.Cell>
                <Table.Cell className="text-right">{l.min_quantity}</Table.Cell>
                <Table.Cell className="text-right">{l.reorder_quantity}</Table.Cell>
                <Table.Cell>
                  <Badge size="2xsmall" color={STATUS_COLOR[l.status]}>
                    {l.status}
                  </Badge>
                </Table.Cell>
                <Table.Cell>
                  {ordering && (
                    <Button size="small" variant="secondary" onClick={() => add.mutate({ path: "/reorder-list", body: { location_id: location, lines: [{ variant_id: l.variant_id }] } })}>
                      Reorder
                    </Button>
                  )}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
        <Text size="small" className="text-ui-fg-subtle px-6 py-3">
          Variants shown: {levels.data?.count ?? 0} · low at or below the minimum, available = stocked − reserved
        </Text>
      </Container>
      {ordering && (
        <Container className="divide-y p-0">
          <div className="flex items-center gap-3 px-6 py-4">
            <Heading level="h2" className="mr-auto">
              My reorder list
            </Heading>
            <Button size="small" disabled={!reorder.data?.reorder_lines.length} isLoading={order.isPending} onClick={() => order.mutate({ path: "/reorder-list/order", body: { location_id: location } })}>
              Create purchase orders
            </Button>
          </div>
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>Product</Table.HeaderCell>
                <Table.HeaderCell className="text-right">Available</Table.HeaderCell>
                <Table.HeaderCell className="text-right">On order</Table.HeaderCell>
                <Table.HeaderCell className="text-right">Suggested</Table.HeaderCell>
                <Table.HeaderCell>Quantity</Table.HeaderCell>
                <Table.HeaderCell>Supplier</Table.HeaderCell>
                <Table.HeaderCell />
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {(reorder.data?.reorder_lines ?? []).map((line) => (
                <ReorderRow key={`${line.id}-${line.quantity}-${line.supplier_id}`} line={line} location={location} />
              ))}
            </Table.Body>
          </Table>
        </Container>
      )}
    </div>
  )
}

export const config = defineRouteConfig({ label: "Stock", icon: ArchiveBox })

export default LowStockPage
