import type { MedusaRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { STOCK_MODULE } from "../modules/stock"
import type StockModuleService from "../modules/stock/service"

/** A branch's threshold is guarded at that branch; a store-wide one (no branch) needs the policy only. */
export async function thresholdBranch(req: MedusaRequest) {
  const [row] = await req.scope.resolve<StockModuleService>(STOCK_MODULE).listStockThresholds({ id: req.params.id }, { select: ["location_id"] })
  if (!row) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No threshold ${req.params.id}`)
  return row.location_id
}

/** Routes on a purchase order are guarded at its destination. */
export async function purchaseOrderBranch(req: MedusaRequest) {
  const [po] = await req.scope.resolve<StockModuleService>(STOCK_MODULE).listStockPurchaseOrders({ id: req.params.id }, { select: ["location_id"] })
  if (!po) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No purchase order ${req.params.id}`)
  return po.location_id
}
