import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STOCK_MODULE } from "../../../modules/stock"
import type StockModuleService from "../../../modules/stock/service"

export type ThresholdInput = { product_id: string; variant_id?: string | null; location_id?: string | null; min_quantity: number; reorder_quantity: number }

/** Refuses a product, variant of another product, or stock location that does not exist (rows would take any id). */
async function checkScope(container: MedusaContainer, input: ThresholdInput) {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "product", fields: ["id", "variants.id"], filters: { id: input.product_id } })
  const product = data[0] as { id: string; variants: { id: string }[] } | undefined
  if (!product) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No product ${input.product_id}`)
  if (input.variant_id && !product.variants.some((v) => v.id === input.variant_id)) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `Variant ${input.variant_id} is not a variant of product ${input.product_id}`)
  }
  if (input.location_id) {
    const [location] = await container.resolve(Modules.STOCK_LOCATION).listStockLocations({ id: input.location_id }, { select: ["id"] })
    if (!location) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No stock location ${input.location_id}`)
  }
}

/** Sets the threshold of one scope (product or variant, a branch or all); undo restores or removes it. */
export const saveThresholdStep = createStep(
  "kassa-stock-save-threshold",
  async (input: ThresholdInput, { container }) => {
    await checkScope(container, input)
    const stock = container.resolve<StockModuleService>(STOCK_MODULE)
    const scope = { product_id: input.product_id, variant_id: input.variant_id ?? null, location_id: input.location_id ?? null }
    const [before] = await stock.listStockThresholds(scope)
    if (before) {
      const saved = await stock.updateStockThresholds({ id: before.id, min_quantity: input.min_quantity, reorder_quantity: input.reorder_quantity })
      const previous = { id: before.id, min_quantity: before.min_quantity, reorder_quantity: before.reorder_quantity }
      return new StepResponse(saved, { created: null as string | null, previous: previous as typeof previous | null })
    }
    const saved = await stock.createStockThresholds({ ...scope, min_quantity: input.min_quantity, reorder_quantity: input.reorder_quantity })
    return new StepResponse(saved, { created: saved.id as string | null, previous: null })
  },
  async (undo, { container }) => {
    if (!undo) return
    const stock = container.resolve<StockModuleService>(STOCK_MODULE)
    if (undo.created) await stock.deleteStockThresholds(undo.created)
    if (undo.previous) await stock.updateStockThresholds(undo.previous)
  }
)

/** Back to the next less specific threshold; undo restores the row. */
export const removeThresholdStep = createStep(
  "kassa-stock-remove-threshold",
  async (id: string, { container }) => {
    const stock = container.resolve<StockModuleService>(STOCK_MODULE)
    const [row] = await stock.listStockThresholds({ id })
    if (!row) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No threshold ${id}`)
    await stock.softDeleteStockThresholds(id)
    return new StepResponse(row, id)
  },
  async (id, { container }) => {
    if (id) await container.resolve<StockModuleService>(STOCK_MODULE).restoreStockThresholds(id)
  }
)
