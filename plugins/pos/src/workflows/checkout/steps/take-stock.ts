import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { SaleContext } from "./load-sale"

type Need = { inventory_item_id: string; quantity: number; title: string }

/** Units of each inventory item the ticket takes (a variant may be made of several items). */
async function stockNeeds(container: MedusaContainer, lines: SaleContext["ticket"]["lines"]): Promise<Need[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product_variant",
    fields: ["id", "manage_inventory", "inventory_items.inventory_item_id", "inventory_items.required_quantity"],
    filters: { id: [...new Set(lines.map((l) => l.variant_id))] },
  })
  const variants = new Map(
    (data as { id: string; manage_inventory: boolean; inventory_items?: { inventory_item_id: string; required_quantity: number }[] }[]).map((v) => [v.id, v])
  )
  const needs = new Map<string, Need>()
  for (const line of lines) {
    const variant = variants.get(line.variant_id)
    if (!variant?.manage_inventory) continue
    for (const item of variant.inventory_items ?? []) {
      const need = needs.get(item.inventory_item_id) ?? { inventory_item_id: item.inventory_item_id, quantity: 0, title: line.title }
      need.quantity += line.quantity * (item.required_quantity || 1)
      needs.set(item.inventory_item_id, need)
    }
  }
  return [...needs.values()]
}

/**
 * Takes the sold units off the branch's stock. Under Medusa's locking module (Redis when
 * configured, so across server instances) per inventory item and branch: of two registers
 * selling the last unit, the second sees it gone and is refused, naming the product and branch.
 */
export const takeStockStep = createStep(
  "kassa-pos-take-stock",
  async ({ sale }: { sale: SaleContext }, { container }) => {
    const needs = await stockNeeds(container, sale.ticket.lines)
    if (!needs.length) return new StepResponse(needs, { location: sale.ticket.stock_location_id, needs })
    const inventory = container.resolve(Modules.INVENTORY)
    const locking = container.resolve(Modules.LOCKING)
    const location = sale.ticket.stock_location_id
    const keys = needs.map((n) => `kassa-stock:${n.inventory_item_id}:${location}`).sort()
    await locking.execute(keys, async () => {
      const levels = await inventory.listInventoryLevels({ inventory_item_id: needs.map((n) => n.inventory_item_id), location_id: location })
      for (const need of needs) {
        const level = levels.find((l) => l.inventory_item_id === need.inventory_item_id)
        const available = level ? Number(level.stocked_quantity) - Number(level.reserved_quantity) : 0
        if (!sale.branch.allow_negative_stock && available < need.quantity) {
          throw new MedusaError(
            MedusaError.Types.CONFLICT,
            `Out of stock: ${need.title} at ${sale.branch.name} has ${Math.max(available, 0)} available, the sale needs ${need.quantity}`
          )
        }
        if (!level) throw new MedusaError(MedusaError.Types.CONFLICT, `${need.title} is not stocked at ${sale.branch.name}`)
      }
      await inventory.adjustInventory(needs.map((n) => ({ inventoryItemId: n.inventory_item_id, locationId: location, adjustment: -n.quantity })))
    })
    return new StepResponse(needs, { location, needs })
  },
  async (taken, { container }) => {
    if (!taken?.needs.length) return
    await container.resolve(Modules.INVENTORY).adjustInventory(
      taken.needs.map((n) => ({ inventoryItemId: n.inventory_item_id, locationId: taken.location, adjustment: n.quantity }))
    )
  }
)
