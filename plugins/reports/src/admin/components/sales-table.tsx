import { Table } from "@medusajs/ui"
import { money, WEEKDAYS } from "../lib/format"
import type { SalesReport } from "../lib/types"

/** A bucket's key as a person reads it: 14:00 for an hour, Mon for a weekday, else the date. */
export const keyLabel = (group: string, key: string) => (group === "hour" ? `${key}:00` : group === "weekday" ? WEEKDAYS[Number(key)] : key)

export const SalesTable = ({ report }: { report: SalesReport }) => {
  const c = report.currency_code
  return (
    <Table data-testid="sales-table">
      <Table.Header>
        <Table.Row>
          <Table.HeaderCell>{report.group[0].toUpperCase() + report.group.slice(1)}</Table.HeaderCell>
          <Table.HeaderCell className="text-right">Orders</Table.HeaderCell>
          <Table.HeaderCell className="text-right">Units</Table.HeaderCell>
          <Table.HeaderCell className="text-right">Revenue</Table.HeaderCell>
          <Table.HeaderCell className="text-right">Discounts</Table.HeaderCell>
          <Table.HeaderCell className="text-right">Net of VAT</Table.HeaderCell>
          <Table.HeaderCell className="text-right">Cost</Table.HeaderCell>
          <Table.HeaderCell className="text-right">Gross profit</Table.HeaderCell>
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {report.period.rows.map((r) => (
          <Table.Row key={r.key}>
            <Table.Cell>{keyLabel(report.group, r.key)}</Table.Cell>
            <Table.Cell className="text-right">{r.orders}</Table.Cell>
            <Table.Cell className="text-right">{r.units}</Table.Cell>
            <Table.Cell className="text-right">{money(r.revenue, c)}</Table.Cell>
            <Table.Cell className="text-right">{money(r.discounts, c)}</Table.Cell>
            <Table.Cell className="text-right">{money(r.net_revenue, c)}</Table.Cell>
            <Table.Cell className="text-right">{money(r.cost, c)}</Table.Cell>
            <Table.Cell className="text-right">{money(r.gross_profit, c)}</Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  )
}
