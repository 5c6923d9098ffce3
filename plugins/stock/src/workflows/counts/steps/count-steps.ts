import { centavosAmount, toCentavos } from "@kassa/core/kit"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STOCK_MODULE } from "../../../modules/stock"
import type { CountEntry } from "../../../modules/stock/count-moves"
import type { NewCount, NewCountLine } from "../../../modules/stock/service"
import type StockModuleService from "../../../modules/stock/service"

export type StartCountInput = { location_id: string; category_ids?: string[] | null; started_by: string | null }

type ItemRow = {
  id: string
  variants?: { id: string; title: string | null; sku: string | null; barcode: string | null; manage_inventory: boolean; product?: { title: string; categories?: { id: string }[] } | null }[]
}

const stock = (container: { resolve: <T>(key: string) => T }) => container.resolve<StockModuleService>(STOCK_MODULE)

/**
 * A count begins: every variant stocked at the location (of the categories given, if any) with
 * the level's stocked quantity now as the system's, and its cost now (core's cost module) to
 * value the variance. Undo deletes the count.
 */
export const startCountStep = createStep(
  "kassa-stock-start-count",
  async (input: StartCountInput, { container }) => {
    const levels = await container.resolve(Modules.INVENTORY).listInventoryLevels({ location_id: input.location_id }, { select: ["inventory_item_id", "stocked_quantity"] })
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = levels.length
      ? await query.graph({
          entity: "inventory_item",
          fields: ["id", "variants.id", "variants.title", "variants.sku", "variants.barcode", "variants.manage_inventory", "variants.product.title", "variants.product.categories.id"],
          filters: { id: levels.map((l) => l.inventory_item_id) },
        })
      : { data: [] }
    const items = new Map((data as ItemRow[]).map((i) => [i.id, i]))
    const categories = input.category_ids?.length ? new Set(input.category_ids) : null
    const lines: Omit<NewCountLine, "unit_cost">[] = levels.flatMap((level) =>
      (items.get(level.inventory_item_id)?.variants ?? [])
        .filter((v) => v.manage_inventory && (!categories || (v.product?.categories ?? []).some((c) => categories.has(c.id))))
        .map((v) => ({
          variant_id: v.id,
          inventory_item_id: level.inventory_item_id,
          title: `${v.product?.title ?? ""} ${v.title ?? ""}`.trim(),
          sku: v.sku,
          barcode: v.barcode,
          system_quantity: Number(level.stocked_quantity),
        }))
    )
    if (!lines.length) throw new MedusaError(MedusaError.Types.INVALID_DATA, categories ? "Nothing of these categories is stocked at this location" : "Nothing is stocked at this location")
    const { data: costs } = await query.graph({ entity: "variant_cost", fields: ["variant_id", "currency_code", "amount"], filters: { variant_id: lines.map((l) => l.variant_id) } })
    const costOf = new Map((costs as { variant_id: string; currency_code: string; amount: number }[]).map((c) => [c.variant_id, c]))
    const currency = costOf.values().next().value?.currency_code ?? null
    const count: NewCount = {
      location_id: input.location_id,
      scope: categories ? "category" : "full",
      category_ids: categories ? [...categories] : null,
      currency_code: currency,
      started_by: input.started_by,
      // A cost in another currency than the count's is left out of its value.
      lines: lines.map((l) => {
        const c = costOf.get(l.variant_id)
        return { ...l, unit_cost: c && c.currency_code === currency ? centavosAmount(toCentavos(c.amount)) : null }
      }),
    }
    const id = await stock(container).startCount(count)
    return new StepResponse(id, id)
  },
  async (id, { container }) => {
    if (id) await stock(container).deleteStockCounts(id)
  }
)

/** Scans and entries onto the count (adding up under its row lock); undo restores the lines as they were. */
export const recordCountedStep = createStep(
  "kassa-stock-record-counted",
  async (input: { id: string; entries: CountEntry[] }, { container }) => {
    const before = await stock(container).recordCounted(input.id, input.entries)
    return new StepResponse(null, before)
  },
  async (before, { container }) => {
    if (before?.length) await stock(container).restoreCounted(before)
  }
)

/** The count approved (with its reason) or canceled; returns the level moves an approval makes. Undo reopens it. */
export const closeCountStep = createStep(
  "kassa-stock-close-count",
  async (input: { id: string; to: "approved" | "canceled"; by: string | null; reason: string | null }, { container }) => {
    const closed = await stock(container).closeCount(input.id, input.to, input.by, input.reason)
    return new StepResponse(closed, input.id)
  },
  async (id, { container }) => {
    if (id) await stock(container).reopenCount(id)
  }
)
