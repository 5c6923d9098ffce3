export type CostMethod = "moving_average" | "last"

/**
 * A variant's new unit cost in centavos after `received` units arrive at `unitCost`, when
 * `onHand` units were held at `oldCost`: their weighted average (half up to the centavo), or the
 * last cost. Without stock on hand (or a cost before) the average is simply the new cost.
 */
export function nextCost(method: CostMethod, old: { onHand: number; cost: number | null }, received: number, unitCost: number): number {
  if (method === "last" || old.cost == null || old.onHand <= 0) return unitCost
  const units = old.onHand + received
  const total = old.onHand * old.cost + received * unitCost
  return Math.floor((2 * total + units) / (2 * units))
}
