import { centavosAmount, toCentavos } from "@kassa/core/kit"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STOCK_MODULE } from "../../../modules/stock"
import { nextCost } from "../../../modules/stock/cost"
import type { Received } from "../../../modules/stock/service"
import type StockModuleService from "../../../modules/stock/service"

type VariantRow = {
  id: string
  manage_inventory: boolean
  inventory_items?: { inventory_item_id: string; required_quantity: number; inventory?: { location_levels?: { stocked_quantity: number }[] } }[]
}
export type StockMove = { inventory_item_id: string; delta: number; title: string }

/**
 * Before any unit lands: the stock each received line adds (a variant may take several
 * inventory items), and each variant's new cost by the store's method from what was on hand
 * across all branches and its cost then. Reads only; the receiving lock keeps another receipt
 * from moving the same figures in between.
 */
export const planReceiptStep = createStep("kassa-stock-plan-receipt", async (received: Received, { container }) => {
  const variantIds = [...new Set(received.lines.map((l) => l.variant_id))]
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data: variants }, { data: costs }, method] = await Promise.all([
    query.graph({
      entity: "product_variant",
      fields: ["id", "manage_inventory", "inventory_items.inventory_item_id", "inventory_items.required_quantity", "inventory_items.inventory.location_levels.stocked_quantity"],
      filters: { id: variantIds },
    }),
    query.graph({ entity: "variant_cost", fields: ["variant_id", "currency_code", "amount"], filters: { variant_id: variantIds } }),
    container.resolve<StockModuleService>(STOCK_MODULE).costMethod(),
  ])
  const byId = new Map((variants as VariantRow[]).map((v) => [v.id, v]))
  const costOf = new Map((costs as { variant_id: string; currency_code: string; amount: number }[]).map((c) => [c.variant_id, c]))

  const moves = new Map<string, StockMove>()
  const newCosts: { variant_id: string; currency_code: string; amount: number }[] = []
  for (const variantId of variantIds) {
    const lines = received.lines.filter((l) => l.variant_id === variantId)
    const units = lines.reduce((n, l) => n + l.quantity, 0)
    const variant = byId.get(variantId)
    const items = variant?.manage_inventory ? variant.inventory_items ?? [] : []
    for (const item of items) {
      const move = moves.get(item.inventory_item_id) ?? { inventory_item_id: item.inventory_item_id, delta: 0, title: lines[0].title }
      move.delta += units * (item.required_quantity || 1)
      moves.set(item.inventory_item_id, move)
    }
    // Units on hand as the variant's first item counts them (a bundle of several items is as many as its first allows).
    const first = items[0]
    const onHand = first ? Math.floor((first.inventory?.location_levels ?? []).reduce((n, l) => n + Number(l.stocked_quantity), 0) / (first.required_quantity || 1)) : 0
    const before = costOf.get(variantId)
    const sameCurrency = before && before.currency_code.toLowerCase() === received.currency_code.toLowerCase()
    // What these units cost on average across the lines (one order line per variant, as a rule).
    const paid = lines.reduce((sum, l) => sum + l.unit_cost_centavos * l.quantity, 0)
    const unitCost = Math.floor((2 * paid + units) / (2 * units))
    const next = nextCost(method, { onHand, cost: sameCurrency ? toCentavos(before!.amount) : null }, units, unitCost)
    newCosts.push({ variant_id: variantId, currency_code: received.currency_code, amount: centavosAmount(next) })
  }
  return new StepResponse({ moves: [...moves.values()], costs: newCosts })
})
