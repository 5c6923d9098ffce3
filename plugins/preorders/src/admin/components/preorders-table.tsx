import { StatusBadge, Table, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { day, money, type PreorderRow, STATUS } from "../lib/api"

/** Pre-orders as rows: number, kind, status, item, branch, what is paid and owed, the expected or last date. */
export function PreordersTable({ rows, branchName }: { rows: PreorderRow[]; branchName: (id: string) => string }) {
  if (!rows.length) {
    return (
      <Text size="small" className="text-ui-fg-subtle px-6 py-4">
        No pre-orders or layaways match.
      </Text>
    )
  }
  return (
    <Table>
      <Table.Header>
        <Table.Row>
          <Table.HeaderCell>Number</Table.HeaderCell>
          <Table.HeaderCell>Status</Table.HeaderCell>
          <Table.HeaderCell>Item</Table.HeaderCell>
          <Table.HeaderCell>Branch</Table.HeaderCell>
          <Table.HeaderCell className="text-right">Paid</Table.HeaderCell>
          <Table.HeaderCell className="text-right">Balance</Table.HeaderCell>
          <Table.HeaderCell>Expected / until</Table.HeaderCell>
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {rows.map((p) => (
          <Table.Row key={p.id}>
            <Table.Cell className="whitespace-nowrap">
              <Link to={`/preorders/${p.id}`} className="text-ui-fg-interactive font-mono">
                {p.number}
              </Link>
            </Table.Cell>
            <Table.Cell className="whitespace-nowrap">
              <StatusBadge color={STATUS[p.status]?.color ?? "grey"}>{STATUS[p.status]?.label ?? p.status}</StatusBadge>
            </Table.Cell>
            <Table.Cell>
              {p.quantity} × {p.title}
            </Table.Cell>
            <Table.Cell>{branchName(p.stock_location_id)}</Table.Cell>
            <Table.Cell className="text-right">{money(p.paid, p.currency_code)}</Table.Cell>
            <Table.Cell className="text-right">{money(p.balance, p.currency_code)}</Table.Cell>
            <Table.Cell>{day(p.kind === "layaway" ? p.expires_at : p.expected_at)}</Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  )
}
