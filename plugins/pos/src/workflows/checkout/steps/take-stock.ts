import type { InventoryLevelDTO, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import type { StockItem } from "../../../scan/find-variants"

type Need = { inventory_item_id: string; quantity: number; title: string }
/** `stock_items`: what one unit takes, when known (a ticket line keeps it from its scan). */
type StockLine = { variant_id: string; quantity: number; title: string; stock_items?: StockItem[] | null }

/** What one unit of each variant takes from stock ([] when its stock is not managed). */
async function stockItemsOf(container: MedusaContainer, variantIds: string[]) {
  if (!variantIds.length) return new Map<string, StockItem[]>()
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "product_variant",
    fields: ["id", "manage_inventory", "inventory_items.inventory_item_id", "inventory_items.required_quantity"],
    filters: { id: variantIds },
  })
  type Row = { id: string; manage_inventory: boolean; inventory_items?: StockItem[] }
  return new Map((data as Row[]).map((v) => [v.id, v.manage_inventory ? v.inventory_items ?? [] : []]))
}

/** Units of each inventory item the lines take (a variant may be made of several items). */
export async function stockNeeds(container: MedusaContainer, lines: StockLine[]): Promise<Need[]> {
  const looked = await stockItemsOf(container, [...new Set(lines.filter((l) => !l.stock_items).map((l) => l.variant_id))])
  const needs = new Map<string, Need>()
  for (const line of lines) {
    for (const item of line.stock_items ?? looked.get(line.variant_id) ?? []) {
      const need = needs.get(item.inventory_item_id) ?? { inventory_item_id: item.inventory_item_id, quantity: 0, title: line.title }
      need.quantity += line.quantity * (item.required_quantity || 1)
      needs.set(item.inventory_item_id, need)
    }
  }
  return [...needs.values()]
}

/**
 * Takes units off a branch's stock under the stock lock (per inventory item and branch): of two
 * registers selling the last unit, the second sees it gone and is refused, naming the product
 * and branch.
 */
export async function takeStock(
  container: MedusaContainer,
  {
    location,
    lines,
    allowNegative,
    branchName,
    purpose = "sale",
  }: { location: string; lines: StockLine[]; allowNegative: boolean; branchName: string; purpose?: string }
) {
  const needs = await stockNeeds(container, lines)
  if (!needs.length) return needs
  await moveStock(container, location, needs, -1, (levels) => {
    for (const need of needs) {
      const level = levels.find((l) => l.inventory_item_id === need.inventory_item_id)
      const available = level ? Number(level.stocked_quantity) - Number(level.reserved_quantity) : 0
      if (!allowNegative && available < need.quantity) {
        throw new MedusaError(
          MedusaError.Types.CONFLICT,
          `Out of stock: ${need.title} at ${branchName} has ${Math.max(available, 0)} available, the ${purpose} needs ${need.quantity}`
        )
      }
      if (!level) throw new MedusaError(MedusaError.Types.CONFLICT, `${need.title} is not stocked at ${branchName}`)
    }
  })
  return needs
}

/** Puts taken units back (a compensation, a void): under the same lock as the taking. */
export async function giveBackStock(container: MedusaContainer, location: string, needs: Need[]) {
  if (needs.length) await moveStock(container, location, needs, 1)
}

/**
 * Moves the branch's level of each needed item by `sign` × the need, after `check` (which may
 * refuse) has seen the levels, under Medusa's locking module (Redis when configured, so across
 * server instances).
 * Every Kassa write to these levels (sales, exchanges, replacements, and their give-backs)
 * takes this lock, so the levels read here are current and are set from what was read: one
 * batched update, where adjustInventory would read and write each level again one by one.
 * Medusa's own writers (a web order's fulfilment, a return received in the admin) do not take
 * it; they adjust a level inside their own transaction, so only a write landing between this
 * read and this update could be lost.
 */
async function moveStock(container: MedusaContainer, location: string, needs: Need[], sign: 1 | -1, check?: (levels: InventoryLevelDTO[]) => void) {
  const inventory = container.resolve(Modules.INVENTORY)
  const keys = needs.map((n) => `kassa-stock:${n.inventory_item_id}:${location}`).sort()
  await container.resolve(Modules.LOCKING).execute(keys, async () => {
    const levels = await inventory.listInventoryLevels({ inventory_item_id: needs.map((n) => n.inventory_item_id), location_id: location })
    check?.(levels)
    await inventory.updateInventoryLevels(
      needs.map((n) => {
        const level = levels.find((l) => l.inventory_item_id === n.inventory_item_id)
        if (!level) throw new MedusaError(MedusaError.Types.NOT_FOUND, `${n.title} has no stock level at this branch`)
        return { inventory_item_id: n.inventory_item_id, location_id: location, stocked_quantity: Number(level.stocked_quantity) + sign * n.quantity }
      })
    )
  })
}
