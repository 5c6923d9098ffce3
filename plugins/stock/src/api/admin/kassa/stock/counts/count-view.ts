import { centavosDecimal, toCentavos } from "@kassa/core/kit"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

type CountLine = { id: string; title: string; system_quantity: number; counted_quantity: number | null; unit_cost: number | null }
type Count = { id: string; lines: CountLine[] }

/**
 * Each line's variance (counted − system, null until counted) and its value at the snapshotted
 * cost; the count's totals. A varying line without a cost is left out of the value and counted
 * in `unvalued_lines`; with no valued line the value is null.
 */
function withVariance(count: Count) {
  let units = 0
  let value: number | null = null
  let unvalued = 0
  const lines = count.lines
    .sort((a, b) => a.title.localeCompare(b.title) || a.id.localeCompare(b.id))
    .map((l) => {
      const variance = l.counted_quantity === null ? null : l.counted_quantity - l.system_quantity
      const lineValue = variance === null || l.unit_cost === null ? null : variance * toCentavos(l.unit_cost)
      units += variance ?? 0
      if (lineValue !== null) value = (value ?? 0) + lineValue
      else if (variance) unvalued++
      return { ...l, variance, variance_value: lineValue === null ? null : centavosDecimal(lineValue) }
    })
  return { ...count, lines, counted_lines: lines.filter((l) => l.variance !== null).length, variance_units: units, variance_value: value === null ? null : centavosDecimal(value), unvalued_lines: unvalued }
}

export const COUNT_FIELDS = ["*", "lines.*"]
/** Counts without their lines, for a list. */
export const COUNT_LIST_FIELDS = ["*"]

export async function countView(container: MedusaContainer, id: string) {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "stock_count", fields: COUNT_FIELDS, filters: { id } })
  if (!data[0]) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No stock count ${id}`)
  return withVariance(data[0] as Count)
}
