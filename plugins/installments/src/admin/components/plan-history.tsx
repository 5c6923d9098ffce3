import { Text } from "@medusajs/ui"
import { php } from "../lib/format"
import type { PlanDetail } from "../lib/types"

type Event = { at: string; text: string }

/** The plan's life in order: sale, escalation, decision, payments, reminders, completion. */
export const PlanHistory = ({ plan }: { plan: PlanDetail }) => {
  const who = (id: string | null) => (id ? (plan.staff[id] ?? id) : "")
  const events: Event[] = [
    { at: plan.created_at, text: `Sold by ${who(plan.sold_by)}: ${php(plan.down_payment)} down, ${php(plan.amount_financed)} financed` },
    ...(plan.escalated_at ? [{ at: plan.escalated_at, text: `Escalated by ${who(plan.escalated_by)}: ${plan.escalation_note ?? ""}` }] : []),
    ...(plan.approved_at ? [{ at: plan.approved_at, text: plan.auto_approved ? "Approved automatically" : `Approved by ${who(plan.approved_by)}` }] : []),
    ...(plan.rejected_at ? [{ at: plan.rejected_at, text: `Rejected by ${who(plan.rejected_by)}` }] : []),
    ...plan.payments.map((p) => ({ at: p.created_at, text: `${p.receipt_number}: ${php(p.amount)} ${p.method} collected by ${who(p.collected_by)}${p.is_payoff ? " (payoff)" : ""}` })),
    ...plan.reminders.map((r) => ({ at: r.sent_at, text: `${r.kind === "overdue" ? "Overdue notice" : "Reminder"} for installment ${r.sequence} sent to ${r.sent_to}` })),
  ].sort((a, b) => a.at.localeCompare(b.at))
  return (
    <ol className="flex flex-col gap-y-2 px-6 py-4">
      {events.map((e, i) => (
        <li key={i} className="flex gap-x-4">
          <Text size="small" className="text-ui-fg-subtle w-44 shrink-0">
            {new Date(e.at).toLocaleString()}
          </Text>
          <Text size="small">{e.text}</Text>
        </li>
      ))}
    </ol>
  )
}
