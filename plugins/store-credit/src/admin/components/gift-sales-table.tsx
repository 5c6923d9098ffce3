import { Table, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { money } from "../lib/format"
import type { GiftSaleRow } from "../lib/types"

/** Gifts with when and where, what (quantity, value at the shelf price), why and who; the receipt opens the order. */
export const GiftSalesTable = ({ gifts, branchName }: { gifts: GiftSaleRow[]; branchName: (id: string) => string }) =>
  gifts.length ? (
    <Table>
      <Table.Header>
        <Table.Row>
          <Table.HeaderCell>Sold</Table.HeaderCell>
          <Table.HeaderCell>Receipt</Table.HeaderCell>
          <Table.HeaderCell>Branch</Table.HeaderCell>
          <Table.HeaderCell>Product</Table.HeaderCell>
          <Table.HeaderCell className="text-right">Qty</Table.HeaderCell>
          <Table.HeaderCell className="text-right">Value</Table.HeaderCell>
          <Table.HeaderCell>Reason</Table.HeaderCell>
          <Table.HeaderCell>Sold by</Table.HeaderCell>
          <Table.HeaderCell>Approved by</Table.HeaderCell>
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {gifts.map((g) => (
          <Table.Row key={g.id}>
            <Table.Cell>{new Date(g.sold_at).toLocaleString()}</Table.Cell>
            <Table.Cell>
              <Link to={`/orders/${g.order_id}`} className="text-ui-fg-interactive hover:underline">
                {g.receipt_number ?? g.order_id}
              </Link>
            </Table.Cell>
            <Table.Cell>{branchName(g.stock_location_id)}</Table.Cell>
            <Table.Cell>{g.title}</Table.Cell>
            <Table.Cell className="text-right">{g.quantity}</Table.Cell>
            <Table.Cell className="text-right">{money(g.value, g.currency_code)}</Table.Cell>
            <Table.Cell className="max-w-[16rem] truncate" title={g.reason}>
              {g.reason}
            </Table.Cell>
            <Table.Cell>{g.sold_by_name ?? "–"}</Table.Cell>
            <Table.Cell>{g.approved_by_name ?? "–"}</Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  ) : (
    <Text size="small" className="text-ui-fg-subtle px-6 py-4">
      No gift sales match.
    </Text>
  )
