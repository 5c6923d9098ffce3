import { Table, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { customerName, php } from "../lib/format"
import type { Plan } from "../lib/types"
import { PlanStatus } from "./plan-status"

/** Plans with their customer, status, balance and next due date; each row opens the plan. */
export const PlansTable = ({ plans, branchName }: { plans: Plan[]; branchName: (id: string) => string }) =>
  plans.length ? (
    <Table>
      <Table.Header>
        <Table.Row>
          <Table.HeaderCell>Customer</Table.HeaderCell>
          <Table.HeaderCell>Branch</Table.HeaderCell>
          <Table.HeaderCell>Status</Table.HeaderCell>
          <Table.HeaderCell>Term</Table.HeaderCell>
          <Table.HeaderCell className="text-right">Financed</Table.HeaderCell>
          <Table.HeaderCell className="text-right">Balance</Table.HeaderCell>
          <Table.HeaderCell>Next due</Table.HeaderCell>
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {plans.map((p) => (
          <Table.Row key={p.id}>
            <Table.Cell>
              <Link to={`/installments/${p.id}`} className="text-ui-fg-interactive hover:underline">
                {customerName(p.customer)}
              </Link>
            </Table.Cell>
            <Table.Cell>{branchName(p.stock_location_id)}</Table.Cell>
            <Table.Cell>
              <PlanStatus plan={p} />
            </Table.Cell>
            <Table.Cell>{p.term_months} mo</Table.Cell>
            <Table.Cell className="text-right">{php(p.amount_financed)}</Table.Cell>
            <Table.Cell className="text-right">{php(p.balance)}</Table.Cell>
            <Table.Cell>{p.next_due ? `${p.next_due.date} · ${php(p.next_due.amount)}` : "–"}</Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  ) : (
    <Text size="small" className="text-ui-fg-subtle px-6 py-4">
      No plans match.
    </Text>
  )
