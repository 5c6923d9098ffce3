import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { branchLevels } from "../../../levels/branch-levels"
import { STOCK_MODULE } from "../../../modules/stock"
import type StockModuleService from "../../../modules/stock/service"

export type ReorderLinesInput = {
  user_id: string
  location_id: string
  /** Without a quantity, the suggestion: up to the reorder quantity, less what is available and on order. */
  lines: { variant_id: string; quantity?: number; supplier_id?: string | null }[]
}

type Saved = { id: string; variant_id: string; quantity: number; supplier_id: string | null }

/**
 * Adds lines to (or changes lines of) the caller's reorder list at a branch. A variant must be
 * stocked there (it has a level) and a named supplier must supply it and not be archived.
 * Undo deletes the lines it made and restores those it changed.
 */
export const saveReorderLinesStep = createStep(
  "kassa-stock-save-reorder-lines",
  async (input: ReorderLinesInput, { container }) => {
    const stock = container.resolve<StockModuleService>(STOCK_MODULE)
    const variantIds = input.lines.map((l) => l.variant_id)
    const levels = new Map((await branchLevels(container, input.location_id, variantIds)).map((l) => [l.variant_id, l]))
    const missing = variantIds.filter((v) => !levels.has(v))
    if (missing.length) throw new MedusaError(MedusaError.Types.INVALID_DATA, `Not stocked at this branch: ${missing.join(", ")}`)

    const named = input.lines.filter((l) => l.supplier_id)
    if (named.length) {
      const supplies = await stock.listStockSupplierVariants({ supplier_id: named.map((l) => l.supplier_id!), variant_id: named.map((l) => l.variant_id) }, { relations: ["supplier"] })
      for (const line of named) {
        const supply = supplies.find((s) => s.supplier.id === line.supplier_id && s.variant_id === line.variant_id)
        if (!supply) throw new MedusaError(MedusaError.Types.INVALID_DATA, `Supplier ${line.supplier_id} does not supply ${line.variant_id}`)
        if (supply.supplier.archived_at) throw new MedusaError(MedusaError.Types.INVALID_DATA, `Supplier ${supply.supplier.name} is archived`)
      }
    }

    const onOrder = await stock.onOrder(input.location_id, variantIds)
    const existing = await stock.listStockReorderLines({ user_id: input.user_id, location_id: input.location_id, variant_id: variantIds })
    const created: string[] = []
    const previous: Saved[] = []
    const saved: Saved[] = []
    for (const line of input.lines) {
      const level = levels.get(line.variant_id)!
      const quantity = line.quantity ?? Math.max(level.reorder_quantity - level.available - (onOrder.get(line.variant_id) ?? 0), 1)
      const before = existing.find((e) => e.variant_id === line.variant_id)
      if (before) {
        previous.push({ id: before.id, variant_id: before.variant_id, quantity: before.quantity, supplier_id: before.supplier_id })
        saved.push(await stock.updateStockReorderLines({ id: before.id, quantity, supplier_id: line.supplier_id === undefined ? before.supplier_id : line.supplier_id }))
      } else {
        const row = await stock.createStockReorderLines({ user_id: input.user_id, location_id: input.location_id, variant_id: line.variant_id, quantity, supplier_id: line.supplier_id ?? null })
        created.push(row.id)
        saved.push(row)
      }
    }
    return new StepResponse(saved, { created, previous })
  },
  async (undo, { container }) => {
    if (!undo) return
    const stock = container.resolve<StockModuleService>(STOCK_MODULE)
    if (undo.created.length) await stock.deleteStockReorderLines(undo.created)
    if (undo.previous.length) await stock.updateStockReorderLines(undo.previous)
  }
)

/** Takes a line off the caller's list; undo puts it back. */
export const removeReorderLineStep = createStep(
  "kassa-stock-remove-reorder-line",
  async (input: { id: string; user_id: string }, { container }) => {
    const stock = container.resolve<StockModuleService>(STOCK_MODULE)
    const [line] = await stock.listStockReorderLines({ id: input.id, user_id: input.user_id })
    if (!line) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No line ${input.id} on your reorder list`)
    await stock.softDeleteStockReorderLines(line.id)
    return new StepResponse(line.id, line.id)
  },
  async (id, { container }) => {
    if (id) await container.resolve<StockModuleService>(STOCK_MODULE).restoreStockReorderLines(id)
  }
)
