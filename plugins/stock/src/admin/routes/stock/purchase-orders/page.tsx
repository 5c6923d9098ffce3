import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Badge, Button, Container, Heading, Input, Table, Text } from "@medusajs/ui"
import { useState } from "react"
import { StatusFilter } from "../../../components/status-filter"
import { date, money, useCan, usePurchaseOrders, useStockWrite, type PurchaseOrder } from "../../../lib/api"

const STATUS_COLOR = { draft: "grey", sent: "blue", partially_received: "orange", received: "green", canceled: "red" } as Record<string, "grey" | "blue" | "orange" | "green" | "red">

const total = (po: PurchaseOrder) => po.lines.reduce((sum, l) => sum + Math.round(l.unit_cost * 100) * l.quantity, 0) / 100

/** What a staff member may do next with an order: send or cancel it, receive what is outstanding, record the supplier's invoice. */
const Actions = ({ po }: { po: PurchaseOrder }) => {
  const can = useCan()
  const write = useStockWrite("Purchase order updated")
  const invoices = useStockWrite("Supplier invoice recorded")
  const [invoice, setInvoice] = useState("")
  const post = (action: string, body?: Record<string, unknown>) => write.mutate({ path: `/purchase-orders/${po.id}/${action}`, body })
  const receiving = po.status === "sent" || po.status === "partially_received"
  return (
    <div className="flex flex-wrap items-center gap-2">
      {can("stock:order") && po.status === "draft" && (
        <Button size="small" variant="secondary" onClick={() => post("send")}>
          Mark sent
        </Button>
      )}
      {can("stock:order") && (po.status === "draft" || po.status === "sent") && (
        <Button size="small" variant="transparent" onClick={() => post("cancel")}>
          Cancel
        </Button>
      )}
      {can("stock:receive") && receiving && (
        <Button size="small" variant="secondary" onClick={() => post("receive", {})}>
          Receive all outstanding
        </Button>
      )}
      {can("stock:receive") && (po.status === "partially_received" || po.status === "received") && (
        <>
          <Input size="small" className="w-36" placeholder="Supplier invoice no." value={invoice} onChange={(e) => setInvoice(e.target.value)} />
          <Button size="small" variant="secondary" disabled={!invoice.trim()} onClick={() =>
              invoices.mutate({ path: `/purchase-orders/${po.id}/invoices`, body: { supplier_invoice_number: invoice } }, { onSuccess: () => setInvoice("") })
            }>
            Record invoice
          </Button>
        </>
      )}
    </div>
  )
}

/** Purchase orders of the branches the staff member may see, newest first. */
const PurchaseOrdersPage = () => {
  const [status, setStatus] = useState("all")
  const orders = usePurchaseOrders({ ...(status !== "all" ? { status } : {}), limit: "100" })
  return (
    <Container className="divide-y p-0">
      <div className="flex flex-wrap items-center gap-3 px-6 py-4">
        <Heading className="mr-auto">Purchase orders</Heading>
        <StatusFilter value={status} options={["all", "draft", "sent", "partially_received", "received", "canceled"]} onChange={setStatus} />
      </div>
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>Number</Table.HeaderCell>
            <Table.HeaderCell>Made</Table.HeaderCell>
            <Table.HeaderCell>Lines</Table.HeaderCell>
            <Table.HeaderCell className="text-right">Total</Table.HeaderCell>
            <Table.HeaderCell>Status</Table.HeaderCell>
            <Table.HeaderCell />
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {(orders.data?.purchase_orders ?? []).map((po) => (
            <Table.Row key={po.id}>
              <Table.Cell>{po.number}</Table.Cell>
              <Table.Cell>{date(po.created_at)}</Table.Cell>
              <Table.Cell>
                {po.lines.map((l) => (
                  <div key={l.id}>
                    {l.title}: {l.received_quantity}/{l.quantity}
                  </div>
                ))}
              </Table.Cell>
              <Table.Cell className="text-right">{money(total(po), po.currency_code)}</Table.Cell>
              <Table.Cell>
                <Badge size="2xsmall" color={STATUS_COLOR[po.status] ?? "grey"}>
                  {po.status.replace("_", " ")}
                </Badge>
              </Table.Cell>
              <Table.Cell>
                <Actions po={po} />
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
      <Text size="small" className="text-ui-fg-subtle px-6 py-3">
        {orders.data?.count ?? 0} purchase order{orders.data?.count === 1 ? "" : "s"}
      </Text>
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Purchase orders" })

export default PurchaseOrdersPage
