import { Table, Text } from "@medusajs/ui"
import { php } from "../lib/format"
import type { Payment } from "../lib/types"

/** Payments with their receipt numbers and how each was allocated (fees, interest, principal). */
export const PaymentsTable = ({ payments, branchName }: { payments: Payment[]; branchName: (id: string) => string }) =>
  payments.length ? (
    <Table>
      <Table.Header>
        <Table.Row>
          <Table.HeaderCell>Receipt</Table.HeaderCell>
          <Table.HeaderCell>Date</Table.HeaderCell>
          <Table.HeaderCell>Branch</Table.HeaderCell>
          <Table.HeaderCell>Tender</Table.HeaderCell>
          <Table.HeaderCell className="text-right">Amount</Table.HeaderCell>
          <Table.HeaderCell>Applied to</Table.HeaderCell>
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {payments.map((p) => (
          <Table.Row key={p.id}>
            <Table.Cell>
              {p.receipt_number}
              {p.is_payoff ? " (payoff)" : ""}
            </Table.Cell>
            <Table.Cell>{new Date(p.created_at).toLocaleString()}</Table.Cell>
            <Table.Cell>{branchName(p.stock_location_id)}</Table.Cell>
            <Table.Cell>
              {p.method}
              {p.reference ? ` · ${p.reference}` : ""}
            </Table.Cell>
            <Table.Cell className="text-right">{php(p.amount)}</Table.Cell>
            <Table.Cell>
              {p.allocations.map((a) => `#${a.sequence}: ${[["fees", a.fee], ["interest", a.interest], ["principal", a.principal]].filter(([, v]) => Number(v) > 0).map(([k, v]) => `${k} ${php(v)}`).join(", ")}`).join("; ")}
            </Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  ) : (
    <Text size="small" className="text-ui-fg-subtle px-6 py-4">
      No payments yet.
    </Text>
  )
