import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { STOCK_MODULE } from "../modules/stock"
import type StockModuleService from "../modules/stock/service"
import { type StockStatus, stockStatus, type Threshold, thresholdFor } from "../modules/stock/thresholds"

export type BranchLevel = {
  variant_id: string
  product_id: string
  product_title: string | null
  variant_title: string | null
  sku: string | null
  inventory_item_id: string
  stocked: number
  reserved: number
  available: number
  min_quantity: number
  reorder_quantity: number
  threshold_source: Threshold["source"]
  status: StockStatus
}

type ItemRow = { id: string; variants?: { id: string; title: string | null; sku: string | null; product_id: string; product?: { title: string } | null }[] }

/**
 * Every variant stocked at a branch (it has an inventory level there) with what is available
 * (stocked − reserved, Medusa's own figures), its threshold and status. Reads levels through
 * the inventory module and variants through query: no SQL over Medusa's tables.
 */
export async function branchLevels(container: MedusaContainer, locationId: string, variantIds?: string[]): Promise<BranchLevel[]> {
  const levels = await container.resolve(Modules.INVENTORY).listInventoryLevels({ location_id: locationId }, { select: ["inventory_item_id", "stocked_quantity", "reserved_quantity"] })
  if (!levels.length) return []
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "inventory_item",
    fields: ["id", "variants.id", "variants.title", "variants.sku", "variants.product_id", "variants.product.title"],
    filters: { id: levels.map((l) => l.inventory_item_id) },
  })
  const items = new Map((data as ItemRow[]).map((i) => [i.id, i]))
  const rows = levels.flatMap((level) =>
    (items.get(level.inventory_item_id)?.variants ?? [])
      .filter((v) => !variantIds || variantIds.includes(v.id))
      .map((v) => ({ level, v }))
  )
  const productIds = [...new Set(rows.map((r) => r.v.product_id))]
  const thresholds = productIds.length ? await container.resolve<StockModuleService>(STOCK_MODULE).listStockThresholds({ product_id: productIds }) : []
  return rows
    .map(({ level, v }) => {
      const stocked = Number(level.stocked_quantity)
      const reserved = Number(level.reserved_quantity)
      const available = stocked - reserved
      const t = thresholdFor(thresholds, v.product_id, v.id, locationId)
      return {
        variant_id: v.id,
        product_id: v.product_id,
        product_title: v.product?.title ?? null,
        variant_title: v.title,
        sku: v.sku,
        inventory_item_id: level.inventory_item_id,
        stocked,
        reserved,
        available,
        min_quantity: t.min_quantity,
        reorder_quantity: t.reorder_quantity,
        threshold_source: t.source,
        status: stockStatus(available, t.min_quantity),
      }
    })
    .sort((a, b) => a.available - b.available || (a.product_title ?? "").localeCompare(b.product_title ?? "") || a.variant_id.localeCompare(b.variant_id))
}
