import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STOCK_MODULE } from "../../../modules/stock"
import type StockModuleService from "../../../modules/stock/service"

export type SupplierFields = {
  name?: string
  contact_name?: string | null
  phone?: string | null
  email?: string | null
  terms?: string | null
  contract_start?: Date | null
  contract_end?: Date | null
  opted_out_at?: Date | null
  archived_at?: Date | null
}

const KEPT = ["name", "contact_name", "phone", "email", "terms", "contract_start", "contract_end", "renewed_at", "opted_out_at", "archived_at"] as const

/** A new supplier; undo deletes it. */
export const createSupplierStep = createStep(
  "kassa-stock-create-supplier",
  async (input: SupplierFields & { name: string }, { container }) => {
    const supplier = await container.resolve<StockModuleService>(STOCK_MODULE).createStockSuppliers(input)
    return new StepResponse(supplier, supplier.id)
  },
  async (id, { container }) => {
    if (id) await container.resolve<StockModuleService>(STOCK_MODULE).deleteStockSuppliers(id)
  }
)

/**
 * Changes a supplier. Moving a contract's end later is a renewal (renewed_at is set), so the
 * status can say "renewed" without anyone choosing it. Undo puts back every field as it was.
 */
export const updateSupplierStep = createStep(
  "kassa-stock-update-supplier",
  async (input: SupplierFields & { id: string }, { container }) => {
    const stock = container.resolve<StockModuleService>(STOCK_MODULE)
    const [before] = await stock.listStockSuppliers({ id: input.id })
    if (!before) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No supplier ${input.id}`)
    const start = input.contract_start !== undefined ? input.contract_start : before.contract_start
    const end = input.contract_end !== undefined ? input.contract_end : before.contract_end
    if (start && end && new Date(end) < new Date(start)) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "contract_end must not be before contract_start")
    }
    const renewed = !!(input.contract_end && before.contract_end && new Date(input.contract_end) > new Date(before.contract_end))
    const supplier = await stock.updateStockSuppliers({ ...input, ...(renewed ? { renewed_at: new Date() } : {}) })
    const previous = Object.fromEntries(KEPT.map((k) => [k, before[k]])) as Record<(typeof KEPT)[number], unknown>
    return new StepResponse(supplier, { id: before.id, ...previous })
  },
  async (previous, { container }) => {
    if (previous) await container.resolve<StockModuleService>(STOCK_MODULE).updateStockSuppliers(previous as { id: string })
  }
)
