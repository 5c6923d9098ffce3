import { defineWidgetConfig } from "@medusajs/admin-sdk"
import { Badge, Container, Heading, Input, Table, Text } from "@medusajs/ui"
import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { useState } from "react"
import { Link } from "react-router-dom"
import { formatMoney } from "../lib/money"
import { sdk } from "../lib/sdk"

type RecentSale = {
  order_id: string
  receipt_number: string
  status: "completed" | "voided"
  completed_at: string
  total: string | null
  currency_code: string
  branch: { code: string | null; name: string | null }
  register: { code: string; name: string } | null
  cashier: string | null
}

/**
 * Above Medusa's order list, which numbers orders #1, #2…: the latest counter sales by receipt
 * number with their branch, register and cashier, and a receipt-number search. Nothing for staff
 * who may not read orders (the request is refused; the card stays away).
 */
const OrderListCounterSalesWidget = () => {
  const [q, setQ] = useState("")
  const { data: sales } = useQuery({
    queryKey: ["kassa-pos-recent-sales", q],
    queryFn: () =>
      sdk.client
        .fetch<{ sales: RecentSale[] }>("/admin/kassa/pos/sales/recent", { query: { limit: 8, ...(q.trim() ? { q: q.trim() } : {}) } })
        .then((r) => r.sales)
        .catch(() => null),
    placeholderData: keepPreviousData,
  })
  if (!sales) return null
  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between gap-x-4 px-6 py-4">
        <div>
          <Heading level="h2">Counter sales</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            The latest sales at the counter by receipt number; the search below also finds them by it.
          </Text>
        </div>
        <Input size="small" type="search" placeholder="Receipt number" aria-label="Receipt number" value={q} onChange={(e) => setQ(e.target.value)} className="w-48" />
      </div>
      {sales.length ? (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Receipt</Table.HeaderCell>
              <Table.HeaderCell>Branch</Table.HeaderCell>
              <Table.HeaderCell>Register</Table.HeaderCell>
              <Table.HeaderCell>Cashier</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Total</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {sales.map((s) => (
              <Table.Row key={s.order_id}>
                <Table.Cell>
                  <Link to={`/orders/${s.order_id}`} className="text-ui-fg-interactive">
                    {s.receipt_number}
                  </Link>
                  {s.status === "voided" && (
                    <Badge size="2xsmall" color="red" className="ml-2">
                      Voided
                    </Badge>
                  )}
                </Table.Cell>
                <Table.Cell>{s.branch.name ?? s.branch.code ?? "–"}</Table.Cell>
                <Table.Cell>{s.register?.name ?? "–"}</Table.Cell>
                <Table.Cell>{s.cashier ?? "–"}</Table.Cell>
                <Table.Cell className="text-right">{s.total ? formatMoney(s.total, s.currency_code) : "–"}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      ) : (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4">
          {q.trim() ? `No counter sale has a receipt number starting with ${q.trim().toUpperCase()}.` : "No counter sales yet."}
        </Text>
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "order.list.before" })

export default OrderListCounterSalesWidget
