import { Text } from "@medusajs/ui"
import { formatMoney, STATUS_LABELS } from "../lib/labels"
import type { ClaimStatus, Figures } from "../lib/types"

/** The dashboard's figures: claims by status, repair against replacement, cost impact, defective stock. */
export const FiguresSummary = ({ figures }: { figures: Figures }) => {
  const cells: [string, string][] = [
    ...(Object.entries(figures.by_status) as [ClaimStatus, number][]).map(([s, n]): [string, string] => [STATUS_LABELS[s], String(n)]),
    ["Repairs", `${figures.by_type.repair.count} · ${formatMoney(figures.by_type.repair.cost, figures.currency_code)}`],
    ["Replacements", `${figures.by_type.replacement.count} · ${formatMoney(figures.by_type.replacement.cost, figures.currency_code)}`],
    ["Cost impact", formatMoney(figures.cost_impact, figures.currency_code)],
    ["Defective, awaiting disposal", String(figures.defective_pending)],
  ]
  return (
    <div className="grid grid-cols-2 gap-4 px-6 py-4 md:grid-cols-5">
      {cells.map(([label, value]) => (
        <div key={label} className="flex flex-col">
          <Text size="xsmall" className="text-ui-fg-subtle">
            {label}
          </Text>
          <Text size="small" weight="plus">
            {value}
          </Text>
        </div>
      ))}
    </div>
  )
}
