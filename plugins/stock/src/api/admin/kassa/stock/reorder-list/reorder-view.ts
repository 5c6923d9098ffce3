import type { MedusaContainer } from "@medusajs/framework/types"
import { branchLevels } from "../../../../../levels/branch-levels"
import { STOCK_MODULE } from "../../../../../modules/stock"
import type StockModuleService from "../../../../../modules/stock/service"

/** A staff member's reorder list at a branch: each line with the variant's level, what is on order, the suggestion and who supplies it. */
export async function reorderView(container: MedusaContainer, userId: string, locationId: string) {
  const stock = container.resolve<StockModuleService>(STOCK_MODULE)
  const lines = await stock.listStockReorderLines({ user_id: userId, location_id: locationId }, { order: { created_at: "ASC", id: "ASC" } })
  const variantIds = lines.map((l) => l.variant_id)
  const [levels, onOrder, supplies] = await Promise.all([
    branchLevels(container, locationId, variantIds),
    stock.onOrder(locationId, variantIds),
    variantIds.length ? stock.listStockSupplierVariants({ variant_id: variantIds }, { relations: ["supplier"] }) : [],
  ])
  return lines.map((line) => {
    const level = levels.find((l) => l.variant_id === line.variant_id)
    const ordered = onOrder.get(line.variant_id) ?? 0
    return {
      ...line,
      level: level ?? null,
      on_order: ordered,
      suggested_quantity: level ? Math.max(level.reorder_quantity - level.available - ordered, 0) : null,
      suppliers: supplies
        .filter((s) => s.variant_id === line.variant_id && !s.supplier.archived_at)
        .map((s) => ({ supplier_id: s.supplier.id, name: s.supplier.name, supplier_sku: s.supplier_sku, cost: s.cost, currency_code: s.currency_code, lead_time_days: s.lead_time_days })),
    }
  })
}
