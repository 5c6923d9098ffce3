import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { STOCK_MODULE } from "../../../../../modules/stock"
import type StockModuleService from "../../../../../modules/stock/service"
import { saveStockSettingsWorkflow } from "../../../../../workflows/receiving"
import type { SettingsType } from "../validators"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ settings: { cost_method: await req.scope.resolve<StockModuleService>(STOCK_MODULE).costMethod() } })
}

export const POST = async (req: AuthenticatedMedusaRequest<SettingsType>, res: MedusaResponse) => {
  await saveStockSettingsWorkflow(req.scope).run({ input: req.validatedBody })
  res.json({ settings: { cost_method: await req.scope.resolve<StockModuleService>(STOCK_MODULE).costMethod() } })
}
