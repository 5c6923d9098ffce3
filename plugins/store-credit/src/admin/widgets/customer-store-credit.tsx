import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminCustomer, DetailWidgetProps } from "@medusajs/framework/types"
import { Container, Heading, Text } from "@medusajs/ui"
import { HistoryTable } from "../components/history-table"
import { IssueForm } from "../components/issue-form"
import { useAccess } from "../lib/access"
import { date, money } from "../lib/format"
import { useLocations, useStatements } from "../lib/queries"

/** On a customer: their store credit per currency with its history, and for managers the issue and reverse forms. */
const CustomerStoreCreditWidget = ({ data: customer }: DetailWidgetProps<AdminCustomer>) => {
  const { can, canAt } = useAccess()
  const statements = useStatements(customer.id)
  const locations = useLocations()
  if (!can("store_credit:read")) return null
  const issuingBranches = (locations.data ?? []).filter((l) => canAt("store_credit:issue", l.id))
  const accounts = statements.data ?? []
  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">Store credit</Heading>
        {!accounts.length && (
          <Text size="small" className="text-ui-fg-subtle">
            None yet
          </Text>
        )}
      </div>
      {accounts.map((a) => (
        <div key={a.account_id} className="divide-y">
          <div className="flex flex-wrap gap-x-8 gap-y-1 px-6 py-4">
            <Text size="small">
              Balance <strong>{money(a.balance, a.currency_code)}</strong>
            </Text>
            <Text size="small">
              Available now <strong>{money(a.available, a.currency_code)}</strong>
            </Text>
            <Text size="small">Earliest expiry {date(a.earliest_expiry)}</Text>
          </div>
          <HistoryTable entries={a.transactions} currency={a.currency_code} branches={issuingBranches} />
        </div>
      ))}
      {issuingBranches.length > 0 && (
        <div>
          <Heading level="h3" className="px-6 pt-4">
            Issue credit
          </Heading>
          <IssueForm customerId={customer.id} branches={issuingBranches} />
        </div>
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "customer.details.after" })

export default CustomerStoreCreditWidget
