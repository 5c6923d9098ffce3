import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { StockItem } from "../../../scan/find-variants"
import { type Alongside, type HeldLevel, moveLevels } from "../../../stock/move-levels"

export type Need = { inventory_item_id: string; quantity: number; title: string }
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
 * Takes units off a branch's stock with its levels locked (moveLevels): of two registers selling
 * the last unit, the second sees it gone and is refused, naming the product and branch.
 */
export async function takeStock(
  container: MedusaContainer,
  {
    location,
    lines,
    allowNegative,
    branchName,
    purpose = "sale",
    alongside,
  }: {
    location: string
    lines: StockLine[]
    allowNegative: boolean
    branchName: string
    purpose?: string
    /** More writes in the levels' transaction (a checkout's journal), given what is taken. */
    alongside?: (trx: Parameters<Alongside>[0], needs: Need[]) => Promise<void>
  }
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
  }, alongside && ((trx) => alongside(trx, needs)))
  return needs
}

/** Puts taken units back (a compensation, a void): under the same locks as the taking. */
export async function giveBackStock(container: MedusaContainer, location: string, needs: Need[], alongside?: Alongside) {
  if (needs.length) await moveStock(container, location, needs, 1, undefined, alongside)
}

/** Moves the branch's level of each needed item by `sign` × the need, once `check` has seen the levels (moveLevels: under row locks). */
async function moveStock(container: MedusaContainer, location: string, needs: Need[], sign: 1 | -1, check?: (levels: HeldLevel[]) => void, alongside?: Alongside) {
  const moves = needs.map((n) => ({ inventory_item_id: n.inventory_item_id, delta: sign * n.quantity, title: n.title }))
  await moveLevels(container, location, moves, check, alongside)
}
