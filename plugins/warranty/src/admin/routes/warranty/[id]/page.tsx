import { ArrowDownTray } from "@medusajs/icons"
import { Button, Container, Heading, Text } from "@medusajs/ui"
import { Link, useParams } from "react-router-dom"
import { ClaimActions } from "../../../components/claim-actions"
import { RepairForm } from "../../../components/repair-form"
import { ReplaceForm } from "../../../components/replace-form"
import { ClaimStatusBadge } from "../../../components/status-badge"
import { useWarrantyAccess } from "../../../lib/access"
import { formatDate, STATUS_LABELS } from "../../../lib/labels"
import { useClaim, useLocationNames } from "../../../lib/queries"
import { apiUrl } from "../../../lib/sdk"
import type { Claim } from "../../../lib/types"

const Row = ({ label, children }: { label: string; children: React.ReactNode }) => (
  <div className="grid grid-cols-2 items-start px-6 py-3">
    <Text size="small" weight="plus" className="text-ui-fg-subtle">
      {label}
    </Text>
    <Text size="small">{children}</Text>
  </div>
)

const customerOf = (c: Claim) => {
  const p = c.order?.customer
  return p ? [[p.first_name, p.last_name].filter(Boolean).join(" "), p.phone, p.email].filter(Boolean).join(" · ") : "—"
}

/** One claim: the unit and its sale, where it stands, the repair, the replacement and its history. */
const ClaimPage = () => {
  const { id = "" } = useParams()
  const claim = useClaim(id)
  const names = useLocationNames()
  const { canUpdate } = useWarrantyAccess()
  if (!claim.data) {
    return (
      <Container>
        <Text className={claim.error ? "text-ui-fg-error" : undefined}>{claim.error?.message ?? "Loading…"}</Text>
      </Container>
    )
  }
  const { claim: c, staff } = claim.data
  const nameOf = (id: string | null) => (id ? staff[id] ?? id : "—")
  const open = !["released", "rejected", "canceled"].includes(c.status)
  const events = [...(c.events ?? [])].sort((a, b) => a.created_at.localeCompare(b.created_at))
  return (
    <div className="flex flex-col gap-y-3">
      <Container className="divide-y p-0">
        <div className="flex flex-wrap items-center justify-between gap-2 px-6 py-4">
          <div>
            <Heading>
              {c.type === "replacement" ? "Replacement" : "Repair"} claim · {c.serial_number}
            </Heading>
            <Text size="small" className="text-ui-fg-subtle">
              {c.id}
            </Text>
          </div>
          <div className="flex items-center gap-x-2">
            <ClaimStatusBadge status={c.status} />
            <Button size="small" variant="secondary" asChild>
              <a href={apiUrl(`/admin/kassa/warranty/claims/${c.id}/slip`)} target="_blank" rel="noreferrer">
                <ArrowDownTray />
                Claim slip
              </a>
            </Button>
          </div>
        </div>
        <Row label="Product">{c.product_title}</Row>
        <Row label="Customer">{customerOf(c)}</Row>
        <Row label="Order">{c.order ? <Link to={`/orders/${c.order_id}`}>#{c.order.display_id}</Link> : c.order_id}</Row>
        <Row label="Sold">{formatDate(c.sold_at)}</Row>
        <Row label="Window">
          {c.window_days} days, until {c.window_ends_on}
          {c.override_reason ? ` — filed outside it, allowed by ${nameOf(c.override_by)}: ${c.override_reason}` : ""}
        </Row>
        <Row label="Branch">{names.data?.get(c.stock_location_id) ?? c.stock_location_id}</Row>
        <Row label="Reported fault">{c.issue}</Row>
        <Row label="Filed by">{nameOf(c.filed_by)}</Row>
        <Row label="Technician">{nameOf(c.technician_id)}</Row>
        {c.replacement && (
          <Row label="Replacement">
            S/N {c.replacement.old_serial} → S/N {c.replacement.new_serial} ({formatDate(c.replacement.created_at)})
          </Row>
        )}
      </Container>
      {canUpdate && open && (
        <Container className="divide-y p-0">
          <ClaimActions claim={c} />
          {c.type === "replacement" && c.status === "in_progress" && !c.replacement && <ReplaceForm claim={c} />}
        </Container>
      )}
      <Container className="p-0">
        <RepairForm key={`${c.id}-${c.status}`} claim={c} editable={!!canUpdate && open} />
      </Container>
      <Container className="divide-y p-0">
        <div className="px-6 py-4">
          <Heading level="h2">History</Heading>
        </div>
        {events.map((e) => (
          <Row key={e.id} label={formatDate(e.created_at)}>
            {e.from_status ? `${STATUS_LABELS[e.from_status]} → ` : ""}
            {STATUS_LABELS[e.to_status]} · by {nameOf(e.actor_id)}
            {e.note ? ` · ${e.note}` : ""}
          </Row>
        ))}
      </Container>
    </div>
  )
}

export default ClaimPage
