import { Table, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { customerName, date, money } from "../lib/format"
import type { AccountRow } from "../lib/types"

/** Accounts with their customer, balance, what can be spent now and the earliest expiry; a row opens the customer. */
export const AccountsTable = ({ accounts }: { accounts: AccountRow[] }) =>
  accounts.length ? (
    <Table>
      <Table.Header>
        <Table.Row>
          <Table.HeaderCell>Customer</Table.HeaderCell>
          <Table.HeaderCell>E-mail</Table.HeaderCell>
          <Table.HeaderCell>Phone</Table.HeaderCell>
          <Table.HeaderCell className="text-right">Balance</Table.HeaderCell>
          <Table.HeaderCell className="text-right">Available</Table.HeaderCell>
          <Table.HeaderCell>Earliest expiry</Table.HeaderCell>
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {accounts.map((a) => (
          <Table.Row key={a.account_id}>
            <Table.Cell>
              <Link to={`/customers/${a.customer_id}`} className="text-ui-fg-interactive hover:underline">
                {customerName(a.customer)}
              </Link>
            </Table.Cell>
            <Table.Cell>{a.customer?.email ?? "–"}</Table.Cell>
            <Table.Cell>{a.customer?.phone ?? "–"}</Table.Cell>
            <Table.Cell className="text-right">{money(a.balance, a.currency_code)}</Table.Cell>
            <Table.Cell className="text-right">{money(a.available, a.currency_code)}</Table.Cell>
            <Table.Cell>{date(a.earliest_expiry)}</Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  ) : (
    <Text size="small" className="text-ui-fg-subtle px-6 py-4">
      No store credit accounts match.
    </Text>
  )
