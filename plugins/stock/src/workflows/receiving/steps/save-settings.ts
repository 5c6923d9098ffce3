import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STOCK_MODULE } from "../../../modules/stock"
import type { CostMethod } from "../../../modules/stock/cost"
import type StockModuleService from "../../../modules/stock/service"

const ROW = "kstset_store"

/** The store's cost method; undo puts the previous one back. */
export const saveStockSettingsStep = createStep(
  "kassa-stock-save-settings",
  async (input: { cost_method: CostMethod }, { container }) => {
    const stock = container.resolve<StockModuleService>(STOCK_MODULE)
    const before = await stock.costMethod()
    await stock.updateStockSettings({ id: ROW, cost_method: input.cost_method })
    return new StepResponse(input, before)
  },
  async (before, { container }) => {
    if (before) await container.resolve<StockModuleService>(STOCK_MODULE).updateStockSettings({ id: ROW, cost_method: before })
  }
)
