import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminCustomer, DetailWidgetProps } from "@medusajs/framework/types"
import { Badge, Button, Container, Heading, Table, Text, toast } from "@medusajs/ui"
import { keepPreviousData, useMutation, useQuery } from "@tanstack/react-query"
import { useState } from "react"
import { Link } from "react-router-dom"
import type { CustomerHistory, HistoryReceipt } from "../../history/types"
import { formatMoney } from "../lib/money"
import { apiUrl, sdk } from "../lib/sdk"

const PAGE_SIZE = 10

const when = (iso: string | null) => (iso ? new Date(iso).toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" }) : "–")

const Figure = ({ label, value, sub }: { label: string; value: React.ReactNode; sub?: React.ReactNode }) => (
  <div className="flex flex-col gap-y-1">
    <Text size="xsmall" leading="compact" className="text-ui-fg-subtle">
      {label}
    </Text>
    <Text size="large" leading="compact" weight="plus">
      {value}
    </Text>
    {sub ? (
      <Text size="xsmall" leading="compact" className="text-ui-fg-muted">
        {sub}
      </Text>
    ) : null}
  </div>
)

/** One receipt's row, counter or web: opens Medusa's order, reprints (PDF, A4) and goes by e-mail. */
function ReceiptRow({ receipt, email }: { receipt: HistoryReceipt; email: string | null }) {
  const send = useMutation({
    mutationFn: () => sdk.client.fetch(`/admin/kassa/pos/sales/${receipt.order_id}/receipt/email`, { method: "POST", body: {} }),
    onSuccess: () => toast.success(`Receipt ${receipt.receipt_number} sent${email ? ` to ${email}` : ""}`),
    onError: (e: Error) => toast.error(e.message),
  })
  const money = (amount: string) => formatMoney(amount, receipt.currency_code)
  const counter = receipt.kind === "counter"
  return (
    <Table.Row>
      <Table.Cell>
        <Link to={`/orders/${receipt.order_id}`} className="text-ui-fg-interactive">
          {receipt.receipt_number}
        </Link>
        {receipt.status === "voided" || receipt.status === "canceled" ? (
          <Badge size="2xsmall" color="red" className="ml-2">
            {receipt.status}
          </Badge>
        ) : null}
        <div className="text-ui-fg-subtle txt-compact-xsmall">{when(receipt.created_at)}</div>
      </Table.Cell>
      <Table.Cell>
        {receipt.branch ? receipt.branch.code ?? receipt.branch.name : "Web"}
        <div className="text-ui-fg-subtle txt-compact-xsmall">{receipt.cashier ?? (counter ? "–" : "online")}</div>
      </Table.Cell>
      <Table.Cell>
        {receipt.tenders.map((t, i) => (
          <div key={i} className="txt-compact-xsmall">
            {t.method.replace(/^pp_/, "").replace(/_/g, " ")}
            {t.card_last4 ? ` ···· ${t.card_last4}` : ""} {money(t.amount)}
          </div>
        ))}
        {receipt.returns.map((r) => (
          <div key={r.number} className="txt-compact-xsmall text-ui-fg-error">
            {r.exchange ? "Exchange" : "Return"} {r.number} −{money(r.refund_total)}
          </div>
        ))}
      </Table.Cell>
      <Table.Cell className="text-right">
        {money(receipt.total)}
        {receipt.refunded !== "0.00" ? <div className="txt-compact-xsmall text-ui-fg-subtle">refunded {money(receipt.refunded)}</div> : null}
      </Table.Cell>
      <Table.Cell className="text-right">
        <div className="flex justify-end gap-x-2">
          <a className="text-ui-fg-interactive txt-compact-small" href={apiUrl(`/admin/kassa/pos/sales/${receipt.order_id}/receipt?format=pdf`)} target="_blank" rel="noreferrer">
            Reprint
          </a>
          <a className="text-ui-fg-interactive txt-compact-small" href={apiUrl(`/admin/kassa/pos/sales/${receipt.order_id}/receipt?format=pdf&layout=a4`)} target="_blank" rel="noreferrer">
            A4
          </a>
          <Button size="small" variant="transparent" isLoading={send.isPending} disabled={!email} title={email ? `E-mail to ${email}` : "The customer has no e-mail"} onClick={() => send.mutate()}>
            E-mail
          </Button>
        </div>
      </Table.Cell>
    </Table.Row>
  )
}

/**
 * On a customer's page: what they spent (lifetime and the last 12 months, per currency), how
 * often they came, their average basket, last purchase, favourite branch and top products, and
 * every receipt — counter and web — a page at a time. A branch-limited reader sees their
 * branches' figures and receipts only; who may not read orders sees nothing (the card stays away).
 */
const CustomerPurchaseHistoryWidget = ({ data: customer }: DetailWidgetProps<AdminCustomer>) => {
  const [page, setPage] = useState(0)
  const { data: history } = useQuery({
    queryKey: ["kassa-pos-customer-history", customer.id],
    queryFn: () =>
      sdk.client
        .fetch<{ history: CustomerHistory }>(`/admin/kassa/pos/customers/${customer.id}/history`)
        .then((r) => r.history)
        .catch(() => null),
  })
  const { data: receipts } = useQuery({
    queryKey: ["kassa-pos-customer-receipts", customer.id, page],
    queryFn: () =>
      sdk.client.fetch<{ receipts: HistoryReceipt[]; count: number }>(`/admin/kassa/pos/customers/${customer.id}/receipts`, {
        query: { offset: page * PAGE_SIZE, limit: PAGE_SIZE },
      }),
    enabled: !!history,
    placeholderData: keepPreviousData,
  })
  if (!history) return null
  const count = receipts?.count ?? 0
  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading level="h2">Purchase history</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Counter and web orders; spend is what was paid less what was refunded.
          </Text>
        </div>
        {history.favourite_branch ? (
          <Text size="small" className="text-ui-fg-subtle text-right">
            Favourite branch
            <br />
            <span className="text-ui-fg-base">
              {history.favourite_branch.name ?? history.favourite_branch.code} · {history.favourite_branch.visits} visit{history.favourite_branch.visits === 1 ? "" : "s"}
            </span>
          </Text>
        ) : null}
      </div>
      {history.figures.length ? (
        history.figures.map((f) => (
          <div key={f.currency_code} className="grid grid-cols-2 gap-4 px-6 py-4 md:grid-cols-4" data-testid="history-figures">
            <Figure label="Lifetime spend" value={formatMoney(f.lifetime_spend, f.currency_code)} sub={`${f.visits} visit${f.visits === 1 ? "" : "s"}`} />
            <Figure label="Last 12 months" value={formatMoney(f.last_12_months.spend, f.currency_code)} sub={`${f.last_12_months.visits} visit${f.last_12_months.visits === 1 ? "" : "s"}`} />
            <Figure label="Average basket" value={formatMoney(f.average_basket, f.currency_code)} />
            <Figure label="Last purchase" value={when(history.last_purchase_at)} />
          </div>
        ))
      ) : (
        <div className="px-6 py-4">
          <Text size="small" className="text-ui-fg-subtle">
            No purchases yet.
          </Text>
        </div>
      )}
      {history.top_products.by_quantity.length ? (
        <div className="grid grid-cols-1 gap-4 px-6 py-4 md:grid-cols-2">
          <div>
            <Text size="small" weight="plus">
              Top products by quantity
            </Text>
            {history.top_products.by_quantity.map((p) => (
              <div key={p.product_id ?? p.title} className="flex justify-between txt-compact-small">
                <span>{p.title}</span>
                <span className="text-ui-fg-subtle">{p.quantity}</span>
              </div>
            ))}
          </div>
          <div>
            <Text size="small" weight="plus">
              Top products by spend
            </Text>
            {history.top_products.by_spend.map((p) => (
              <div key={`${p.product_id ?? p.title}-${p.currency_code}`} className="flex justify-between txt-compact-small">
                <span>{p.title}</span>
                <span className="text-ui-fg-subtle">{formatMoney(p.spend, p.currency_code)}</span>
              </div>
            ))}
          </div>
        </div>
      ) : null}
      {count ? (
        <div>
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>Receipt</Table.HeaderCell>
                <Table.HeaderCell>Branch · cashier</Table.HeaderCell>
                <Table.HeaderCell>Tenders · returns</Table.HeaderCell>
                <Table.HeaderCell className="text-right">Total</Table.HeaderCell>
                <Table.HeaderCell />
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {receipts?.receipts.map((r) => (
                <ReceiptRow key={r.order_id} receipt={r} email={customer.email ?? null} />
              ))}
            </Table.Body>
          </Table>
          <Table.Pagination
            count={count}
            pageSize={PAGE_SIZE}
            pageIndex={page}
            pageCount={Math.ceil(count / PAGE_SIZE)}
            canPreviousPage={page > 0}
            canNextPage={(page + 1) * PAGE_SIZE < count}
            previousPage={() => setPage((p) => Math.max(0, p - 1))}
            nextPage={() => setPage((p) => p + 1)}
          />
        </div>
      ) : null}
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "customer.details.after" })

export default CustomerPurchaseHistoryWidget
