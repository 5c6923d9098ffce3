import { Text } from "@medusajs/ui"
import { php } from "../lib/format"
import { useFigures } from "../lib/queries"

const Figure = ({ label, value, hint }: { label: string; value: string; hint?: string }) => (
  <div className="flex flex-col gap-y-1 px-6 py-4">
    <Text size="small" className="text-ui-fg-subtle">
      {label}
    </Text>
    <Text size="xlarge" weight="plus">
      {value}
    </Text>
    {hint && (
      <Text size="xsmall" className="text-ui-fg-muted">
        {hint}
      </Text>
    )}
  </div>
)

/** The dashboard's installment figures: outstanding, overdue, today's collections against what fell due. */
export const Figures = ({ locationId }: { locationId?: string }) => {
  const { data } = useFigures(locationId)
  if (!data) return null
  const f = data.figures
  return (
    <div className="grid grid-cols-2 divide-x md:grid-cols-4">
      <Figure label="Outstanding balance" value={php(f.outstanding)} hint={`${f.active_plans} active plans`} />
      <Figure label="Overdue" value={php(f.overdue_amount)} hint={`${f.overdue_plans} plans`} />
      <Figure label={`Collected today (${data.today})`} value={php(f.collected_today)} hint={`expected ${php(f.expected_today)}`} />
      <Figure label="Pending approval" value={String(f.pending_approval)} />
    </div>
  )
}
