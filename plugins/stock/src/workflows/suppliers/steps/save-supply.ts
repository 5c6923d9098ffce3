import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STOCK_MODULE } from "../../../modules/stock"
import type StockModuleService from "../../../modules/stock/service"

export type SupplyInput = {
  supplier_id: string
  variant_id: string
  supplier_sku?: string | null
  /** Major units, already checked to be whole minor units (validators). */
  cost: number
  currency_code: string
  lead_time_days?: number
}

/**
 * Says a supplier sells the store a variant (or changes its SKU, cost or lead time). The supplier
 * must exist and not be archived, and the variant must exist: Medusa's links take any id.
 * Undo deletes the row it made or restores the one it changed.
 */
export const saveSupplyStep = createStep(
  "kassa-stock-save-supply",
  async (input: SupplyInput, { container }) => {
    const stock = container.resolve<StockModuleService>(STOCK_MODULE)
    const [supplier] = await stock.listStockSuppliers({ id: input.supplier_id })
    if (!supplier) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No supplier ${input.supplier_id}`)
    if (supplier.archived_at) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Supplier ${supplier.name} is archived: restore it first`)
    const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "product_variant", fields: ["id"], filters: { id: input.variant_id } })
    if (!data.length) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No product variant ${input.variant_id}`)

    const currency_code = input.currency_code.toLowerCase()
    const [before] = await stock.listStockSupplierVariants({ supplier_id: input.supplier_id, variant_id: input.variant_id })
    if (before) {
      const saved = await stock.updateStockSupplierVariants({ id: before.id, supplier_sku: input.supplier_sku, cost: input.cost, currency_code, lead_time_days: input.lead_time_days })
      const previous = { id: before.id, supplier_sku: before.supplier_sku, cost: before.cost, currency_code: before.currency_code, lead_time_days: before.lead_time_days }
      return new StepResponse(saved, { created: null as string | null, previous: previous as typeof previous | null })
    }
    const saved = await stock.createStockSupplierVariants({ ...input, supplier: input.supplier_id, currency_code })
    return new StepResponse(saved, { created: saved.id, previous: null })
  },
  async (undo, { container }) => {
    if (!undo) return
    const stock = container.resolve<StockModuleService>(STOCK_MODULE)
    if (undo.created) await stock.deleteStockSupplierVariants(undo.created)
    if (undo.previous) await stock.updateStockSupplierVariants(undo.previous)
  }
)

/** A variant no longer bought from this supplier; undo restores the row (soft-deleted). */
export const removeSupplyStep = createStep(
  "kassa-stock-remove-supply",
  async (input: { supplier_id: string; variant_id: string }, { container }) => {
    const stock = container.resolve<StockModuleService>(STOCK_MODULE)
    const [row] = await stock.listStockSupplierVariants(input)
    if (!row) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Supplier ${input.supplier_id} does not supply ${input.variant_id}`)
    await stock.softDeleteStockSupplierVariants(row.id)
    return new StepResponse(row.id, row.id)
  },
  async (id, { container }) => {
    if (id) await container.resolve<StockModuleService>(STOCK_MODULE).restoreStockSupplierVariants(id)
  }
)
