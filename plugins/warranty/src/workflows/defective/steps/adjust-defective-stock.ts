import { moveLevels } from "@kassa/pos/kit"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { DisposedUnit } from "./set-disposal"

/**
 * The branch's stocked quantity after a disposal: a repaired unit that was never stocked comes
 * back (+1); a reserved unit that leaves (supplier, written off) goes (−1); otherwise nothing
 * moves (a repaired reserved unit was stocked all along; a gone unstocked one never was).
 * Through the POS's row-locked level move, so it queues behind a sale taking the same item.
 */
export function stockDelta(unit: Pick<DisposedUnit, "disposal_status" | "held_by">) {
  if (unit.disposal_status === "repaired") return unit.held_by === "not_stocked" ? 1 : 0
  return unit.held_by === "reservation" ? -1 : 0
}

type Moved = { location: string; inventory_item_id: string; delta: number }

async function inventoryItemOf(container: Parameters<typeof moveLevels>[0], unit: DisposedUnit) {
  if (unit.inventory_item_id || !unit.variant_id) return unit.inventory_item_id
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "product_variant",
    fields: ["id", "manage_inventory", "inventory_items.inventory_item_id"],
    filters: { id: unit.variant_id },
  })
  const v = data[0] as { manage_inventory: boolean; inventory_items?: { inventory_item_id: string }[] } | undefined
  return v?.manage_inventory ? v.inventory_items?.[0]?.inventory_item_id ?? null : null
}

export const adjustDefectiveStockStep = createStep(
  "kassa-warranty-adjust-defective-stock",
  async (unit: DisposedUnit, { container }) => {
    const delta = stockDelta(unit)
    const inventory_item_id = delta ? await inventoryItemOf(container, unit) : null
    if (!delta || !inventory_item_id) return new StepResponse(null, null as Moved | null)
    await moveLevels(container, unit.stock_location_id, [{ inventory_item_id, delta, title: `Defective unit ${unit.id}` }])
    return new StepResponse({ delta }, { location: unit.stock_location_id, inventory_item_id, delta } as Moved | null)
  },
  async (moved, { container }) => {
    if (moved) await moveLevels(container, moved.location, [{ inventory_item_id: moved.inventory_item_id, delta: -moved.delta, title: "Defective unit" }])
  }
)
