import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { STOCK_MODULE } from "../../../../../modules/stock"
import type StockModuleService from "../../../../../modules/stock/service"
import { DEFAULT_MIN_QUANTITY, DEFAULT_REORDER_QUANTITY } from "../../../../../modules/stock/thresholds"
import { saveThresholdWorkflow } from "../../../../../workflows/thresholds"
import type { ListThresholdsType, ThresholdType } from "../validators"

/** The thresholds set (of a product, at a branch), and the default where none is. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { product_id, location_id, offset, limit } = req.validatedQuery as ListThresholdsType
  const filters = { ...(product_id ? { product_id } : {}), ...(location_id ? { location_id: [location_id, null] } : {}) }
  const [thresholds, count] = await req.scope
    .resolve<StockModuleService>(STOCK_MODULE)
    .listAndCountStockThresholds(filters, { skip: offset, take: limit, order: { product_id: "ASC", id: "ASC" } })
  res.json({ thresholds, count, offset, limit, default: { min_quantity: DEFAULT_MIN_QUANTITY, reorder_quantity: DEFAULT_REORDER_QUANTITY } })
}

/** Sets the threshold of a product or variant, at a branch or every branch (again: changes it). */
export const POST = async (req: AuthenticatedMedusaRequest<ThresholdType>, res: MedusaResponse) => {
  const { result } = await saveThresholdWorkflow(req.scope).run({ input: req.validatedBody })
  res.json({ threshold: result })
}
