import { StatusBadge, Table } from "@medusajs/ui"
import { php } from "../lib/format"
import type { ScheduleRow } from "../lib/types"

const COLOR = { pending: "grey", overdue: "red", paid: "green" } as const

/** The installments: what fell due (principal, interest, fees), what was paid and what is owed. */
export const ScheduleTable = ({ rows }: { rows: ScheduleRow[] }) => (
  <Table>
    <Table.Header>
      <Table.Row>
        <Table.HeaderCell>#</Table.HeaderCell>
        <Table.HeaderCell>Due</Table.HeaderCell>
        <Table.HeaderCell className="text-right">Principal</Table.HeaderCell>
        <Table.HeaderCell className="text-right">Interest</Table.HeaderCell>
        <Table.HeaderCell className="text-right">Fees</Table.HeaderCell>
        <Table.HeaderCell className="text-right">Paid</Table.HeaderCell>
        <Table.HeaderCell className="text-right">Owed</Table.HeaderCell>
        <Table.HeaderCell>Status</Table.HeaderCell>
      </Table.Row>
    </Table.Header>
    <Table.Body>
      {rows.map((r) => (
        <Table.Row key={r.id}>
          <Table.Cell>{r.sequence}</Table.Cell>
          <Table.Cell>{r.due_date}</Table.Cell>
          <Table.Cell className="text-right">{php(r.principal)}</Table.Cell>
          <Table.Cell className="text-right">{php(r.interest)}</Table.Cell>
          <Table.Cell className="text-right">{php(r.fees)}</Table.Cell>
          <Table.Cell className="text-right">{php(r.paid)}</Table.Cell>
          <Table.Cell className="text-right">{php(r.owed)}</Table.Cell>
          <Table.Cell>
            <StatusBadge color={COLOR[r.status]}>{r.status === "overdue" ? `${r.days_past_due} days late` : r.status}</StatusBadge>
          </Table.Cell>
        </Table.Row>
      ))}
    </Table.Body>
  </Table>
)
