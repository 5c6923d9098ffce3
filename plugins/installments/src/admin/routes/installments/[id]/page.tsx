import { Container, Heading, Text } from "@medusajs/ui"
import { Link, useParams } from "react-router-dom"
import { CollectForm } from "../../../components/collect-form"
import { DecisionPanel } from "../../../components/decision-panel"
import { PaymentsTable } from "../../../components/payments-table"
import { PlanHistory } from "../../../components/plan-history"
import { PlanStatus } from "../../../components/plan-status"
import { ScheduleTable } from "../../../components/schedule-table"
import { useAccess } from "../../../lib/access"
import { customerName, date, php } from "../../../lib/format"
import { useLocations, usePlan } from "../../../lib/queries"

const Fact = ({ label, value }: { label: string; value: string }) => (
  <div>
    <Text size="xsmall" className="text-ui-fg-subtle">
      {label}
    </Text>
    <Text size="small">{value}</Text>
  </div>
)

const DecisionNote = ({ note }: { note: string | null }) =>
  note ? (
    <Text size="small" className="text-ui-fg-subtle px-6 py-4">
      Decision note: {note}
    </Text>
  ) : null

/** One plan: terms, decision, schedule, payments, collection and the customer's credit details. */
const PlanPage = () => {
  const { id } = useParams()
  const plan = usePlan(id!)
  const { canAt, worksAt } = useAccess()
  const locations = useLocations()
  const names = new Map((locations.data ?? []).map((l) => [l.id, l.name]))
  const branchName = (lid: string) => names.get(lid) ?? lid

  if (!plan.data) {
    return (
      <Container>
        <Text size="small" className={plan.error ? "text-ui-fg-error" : "text-ui-fg-subtle"}>
          {plan.error?.message ?? "Loading…"}
        </Text>
      </Container>
    )
  }
  const p = plan.data
  const collectAt = (locations.data ?? []).filter((l) => worksAt(l.id) && canAt("installment:collect", l.id))
  return (
    <div className="flex flex-col gap-y-3">
      <Container className="divide-y p-0">
        <div className="flex items-center justify-between px-6 py-4">
          <div>
            <Heading>{customerName(p.customer)}</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              {p.customer?.phone} · sold at {branchName(p.stock_location_id)} on {date(p.created_at)} ·{" "}
              <Link className="text-ui-fg-interactive" to={`/orders/${p.order_id}`}>
                order
              </Link>
            </Text>
          </div>
          <PlanStatus plan={p} />
        </div>
        <div className="grid grid-cols-2 gap-4 px-6 py-4 md:grid-cols-4">
          <Fact label="Sale total" value={php(p.sale_total)} />
          <Fact label="Down payment" value={php(p.down_payment)} />
          <Fact label="Financed" value={php(p.amount_financed)} />
          <Fact label={`Interest (${p.interest_method === "add_on" ? `${p.interest_rate}% add-on` : `${p.interest_rate}% a month`})`} value={php(p.interest_total)} />
          <Fact label="Processing fee" value={php(p.processing_fee)} />
          <Fact label="Term" value={`${p.term_months} months from ${p.start_date}`} />
          <Fact label="Paid" value={php(p.paid_total)} />
          <Fact label="Balance" value={php(p.balance)} />
        </div>
        <DecisionNote note={p.decision_note} />
        {p.status === "pending_approval" && canAt("installment:approve", p.stock_location_id) && <DecisionPanel planId={p.id} />}
      </Container>
      <Container className="divide-y p-0">
        <Heading level="h2" className="px-6 py-4">
          Schedule
        </Heading>
        <ScheduleTable rows={p.installments} />
      </Container>
      <Container className="divide-y p-0">
        <Heading level="h2" className="px-6 py-4">
          Payments
        </Heading>
        <PaymentsTable payments={p.payments} branchName={branchName} />
        {p.status === "active" && collectAt.length > 0 && <CollectForm planId={p.id} branches={collectAt} payoff={p.payoff} />}
      </Container>
      <Container className="divide-y p-0">
        <Heading level="h2" className="px-6 py-4">
          History
        </Heading>
        <PlanHistory plan={p} />
      </Container>
      {p.credit_profile && (
        <Container className="divide-y p-0">
          <Heading level="h2" className="px-6 py-4">
            Credit details
          </Heading>
          <div className="grid grid-cols-2 gap-4 px-6 py-4 md:grid-cols-4">
            <Fact label="ID" value={`${p.credit_profile.id_type} ${p.credit_profile.id_number}`} />
            <Fact label="Address" value={[p.credit_profile.address_line, p.credit_profile.city, p.credit_profile.province].filter(Boolean).join(", ")} />
            <Fact label="Contact" value={p.credit_profile.phone} />
            <Fact label="Employer" value={p.credit_profile.employer ?? "–"} />
            <Fact label="Reference" value={[p.credit_profile.reference_name, p.credit_profile.reference_phone].filter(Boolean).join(" · ") || "–"} />
          </div>
        </Container>
      )}
    </div>
  )
}

export default PlanPage
