import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminOrder, DetailWidgetProps } from "@medusajs/framework/types"
import { Badge, Container, Heading, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import type { ReceiptData } from "../../receipts/types"
import { formatMoney } from "../lib/money"
import { apiUrl, sdk } from "../lib/sdk"

const Row = ({ label, children }: { label: string; children: React.ReactNode }) => (
  <div className="grid grid-cols-2 items-start px-6 py-3">
    <Text size="small" leading="compact" weight="plus">
      {label}
    </Text>
    <Text size="small" leading="compact" className="text-pretty">
      {children}
    </Text>
  </div>
)

/**
 * On an order sold at the counter: its receipt number, branch, register, cashier and agent, and
 * each payment by its tender (Medusa's payment section names them all by the one provider the
 * counter captures through). Orders from elsewhere have no receipt: the widget shows nothing.
 */
const OrderCounterSaleWidget = ({ data: order }: DetailWidgetProps<AdminOrder>) => {
  const { data: receipt } = useQuery({
    queryKey: ["kassa-pos-receipt", order.id],
    queryFn: () =>
      sdk.client
        .fetch<{ receipt: ReceiptData }>(`/admin/kassa/pos/sales/${order.id}/receipt`, { query: { format: "json" } })
        .then((r) => r.receipt)
        .catch(() => null),
  })
  if (!receipt) return null
  const money = (amount: string) => formatMoney(amount, receipt.currency_code)
  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">Counter sale</Heading>
        {receipt.voided ? <Badge color="red">Voided</Badge> : receipt.goods_held ? <Badge color="orange">Goods held</Badge> : null}
      </div>
      <Row label="Receipt">{receipt.receipt_number}</Row>
      <Row label="Branch">
        {receipt.branch.name} ({receipt.branch.code})
      </Row>
      <Row label="Register">{receipt.register ? `${receipt.register.name} (${receipt.register.code})` : "–"}</Row>
      <Row label="Cashier">{receipt.cashier.name}</Row>
      {receipt.sales_agent && <Row label="Sales agent">{receipt.sales_agent.name}</Row>}
      {receipt.voided && <Row label="Voided">{receipt.voided.reason ?? "–"}</Row>}
      <div className="flex flex-col gap-y-2 px-6 py-3">
        <Text size="small" leading="compact" weight="plus">
          Paid with
        </Text>
        {receipt.tenders.map((t, i) => (
          <div key={i} className="flex justify-between gap-x-4">
            <Text size="small" leading="compact">
              {t.label}
              {t.reference ? <span className="text-ui-fg-subtle"> · {t.reference}</span> : null}
            </Text>
            <Text size="small" leading="compact">
              {money(t.amount)}
            </Text>
          </div>
        ))}
        {receipt.change !== "0.00" && (
          <Text size="small" leading="compact" className="text-ui-fg-subtle">
            Change given {money(receipt.change)}
          </Text>
        )}
      </div>
      <div className="flex gap-x-4 px-6 py-3">
        <a className="text-ui-fg-interactive txt-small" href={apiUrl(`/admin/kassa/pos/sales/${order.id}/receipt?format=pdf`)} target="_blank" rel="noreferrer">
          Receipt (PDF)
        </a>
        <a className="text-ui-fg-interactive txt-small" href={apiUrl(`/admin/kassa/pos/sales/${order.id}/receipt?format=pdf&layout=a4`)} target="_blank" rel="noreferrer">
          Invoice (A4)
        </a>
      </div>
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "order.details.side.before" })

export default OrderCounterSaleWidget
