import { Container, Heading, Input, Label, Table, Text } from "@medusajs/ui"
import { useState } from "react"
import { ScheduleTable } from "../../../components/schedule-table"
import { TermsForm } from "../../../components/terms-form"
import { useAccess } from "../../../lib/access"
import { php } from "../../../lib/format"
import { useLocations, useQuotes, useTerms } from "../../../lib/queries"
import type { Quote } from "../../../lib/types"
import { BranchSelect } from "../../../components/branch-select"

const asRows = (q: Quote) =>
  q.schedule.map((s) => ({ ...s, id: String(s.sequence), status: "pending" as const, paid: "0.00", waived: "0.00", owed: s.total, days_past_due: 0 }))

/** The installment calculator at a branch's terms, and the terms themselves. */
const CalculatorPage = () => {
  const { worksAt, canAt } = useAccess()
  const locations = useLocations()
  const branches = (locations.data ?? []).filter((l) => worksAt(l.id))
  const [location, setLocation] = useState("")
  const locationId = location || branches[0]?.id || ""
  const [price, setPrice] = useState("")
  const [down, setDown] = useState("")
  const [open, setOpen] = useState<number | null>(null)
  const quotes = useQuotes({ location_id: locationId, price, down_payment: down || undefined })
  const terms = useTerms(locationId)
  const chosen = quotes.data?.quotes.find((q) => q.term_months === open)

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="divide-y p-0">
        <div className="px-6 py-4">
          <Heading>Installment calculator</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Down payment, amount financed, monthly due, total cost and the schedule at the branch's terms.
          </Text>
        </div>
        <div className="grid grid-cols-1 gap-3 px-6 py-4 md:grid-cols-3">
          <BranchSelect branches={branches} value={locationId} onChange={setLocation} />
          <div className="flex flex-col gap-y-1">
            <Label htmlFor="calc-price">Price (PHP)</Label>
            <Input id="calc-price" type="number" min="0" step="0.01" value={price} onChange={(e) => setPrice(e.target.value)} />
          </div>
          <div className="flex flex-col gap-y-1">
            <Label htmlFor="calc-down">Down payment (PHP)</Label>
            <Input id="calc-down" type="number" min="0" step="0.01" value={down} placeholder={quotes.data ? `at least ${quotes.data.minimum_down_payment}` : ""} onChange={(e) => setDown(e.target.value)} />
          </div>
        </div>
        {quotes.error && (
          <Text size="small" className="text-ui-fg-error px-6 py-4">
            {quotes.error.message}
          </Text>
        )}
        {quotes.data && (
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>Term</Table.HeaderCell>
                <Table.HeaderCell className="text-right">Down payment</Table.HeaderCell>
                <Table.HeaderCell className="text-right">Financed</Table.HeaderCell>
                <Table.HeaderCell className="text-right">Monthly</Table.HeaderCell>
                <Table.HeaderCell className="text-right">Interest</Table.HeaderCell>
                <Table.HeaderCell className="text-right">Fee</Table.HeaderCell>
                <Table.HeaderCell className="text-right">Total cost</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {quotes.data.quotes.map((q) => (
                <Table.Row key={q.term_months} className="cursor-pointer" onClick={() => setOpen(q.term_months === open ? null : q.term_months)}>
                  <Table.Cell>{q.term_months} months</Table.Cell>
                  <Table.Cell className="text-right">{php(q.down_payment)}</Table.Cell>
                  <Table.Cell className="text-right">{php(q.amount_financed)}</Table.Cell>
                  <Table.Cell className="text-right">{php(q.monthly_due)}</Table.Cell>
                  <Table.Cell className="text-right">{php(q.interest_total)}</Table.Cell>
                  <Table.Cell className="text-right">{php(q.processing_fee)}</Table.Cell>
                  <Table.Cell className="text-right">{php(q.total_cost)}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        )}
        {chosen && <ScheduleTable rows={asRows(chosen)} />}
      </Container>
      {terms.data && (
        <Container className="divide-y p-0">
          <Heading level="h2" className="px-6 py-4">
            Terms at this branch
          </Heading>
          <TermsForm locationId={locationId} terms={terms.data} canEdit={canAt("installment:configure", locationId)} />
        </Container>
      )}
    </div>
  )
}

export default CalculatorPage
