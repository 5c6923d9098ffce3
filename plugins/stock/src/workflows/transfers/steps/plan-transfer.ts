import { branchAt } from "@kassa/core/kit"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { NewTransfer } from "../../../modules/stock/service"
import { shortOf } from "../../../transfers/reservations"

export type RequestTransferInput = {
  from_location_id: string
  to_location_id: string
  note?: string | null
  requested_by: string | null
  lines: { variant_id: string; quantity: number }[]
}

type VariantRow = { id: string; title: string; sku: string | null; manage_inventory: boolean; product?: { title: string }; inventory_items?: { inventory_item_id: string; required_quantity: number }[] }

/**
 * What a request becomes before anything is written: each variant's one inventory item, and the
 * series of its number — TR-<from><to> between two branches (core's branch codes), IT-… when a
 * side is a stock location that is not a branch's counter (a warehouse, a back room; "WH" in
 * the number).
 */
export const planTransferStep = createStep("kassa-stock-plan-transfer", async (input: RequestTransferInput, { container }) => {
  const [from, to, locations, { data }] = await Promise.all([
    branchAt(container, { stock_location_id: input.from_location_id }),
    branchAt(container, { stock_location_id: input.to_location_id }),
    container.resolve(Modules.STOCK_LOCATION).listStockLocations({ id: [input.from_location_id, input.to_location_id] }, { select: ["id"] }),
    container.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "product_variant",
      fields: ["id", "title", "sku", "manage_inventory", "product.title", "inventory_items.inventory_item_id", "inventory_items.required_quantity"],
      filters: { id: input.lines.map((l) => l.variant_id) },
    }),
  ])
  for (const id of [input.from_location_id, input.to_location_id]) {
    if (!locations.some((l) => l.id === id)) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No stock location ${id}`)
  }
  const variants = new Map((data as VariantRow[]).map((v) => [v.id, v]))
  const lines = input.lines.map((l) => {
    const v = variants.get(l.variant_id)
    if (!v) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No product variant ${l.variant_id}`)
    const name = v.sku ?? `${v.product?.title ?? ""} ${v.title}`.trim()
    const items = v.inventory_items ?? []
    if (!v.manage_inventory || items.length !== 1 || (items[0].required_quantity || 1) !== 1) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `${name}: only variants whose stock is one managed inventory item are transferred`)
    }
    return { variant_id: v.id, inventory_item_id: items[0].inventory_item_id, title: `${v.product?.title ?? ""} ${v.title}`.trim(), sku: v.sku ?? null, quantity: l.quantity }
  })
  // Refused here already when short, so a plain refusal takes no number; the reservation checks again under the lock.
  const levels = await container.resolve(Modules.INVENTORY).listInventoryLevels(
    { location_id: input.from_location_id, inventory_item_id: lines.map((l) => l.inventory_item_id) },
    { select: ["inventory_item_id", "stocked_quantity", "reserved_quantity"] }
  )
  for (const l of lines) {
    const level = levels.find((x) => x.inventory_item_id === l.inventory_item_id)
    const available = level ? Number(level.stocked_quantity) - Number(level.reserved_quantity) : 0
    if (available < l.quantity) throw new MedusaError(MedusaError.Types.INVALID_DATA, shortOf(l.sku ?? l.title, available, l.quantity))
  }
  const kind = from && to ? "branch" : "internal"
  const series = `${kind === "branch" ? "TR" : "IT"}-${from?.code ?? "WH"}${to?.code ?? "WH"}`
  const plan: NewTransfer = { series, kind, from_location_id: input.from_location_id, to_location_id: input.to_location_id, note: input.note ?? null, requested_by: input.requested_by, lines }
  return new StepResponse(plan)
})
