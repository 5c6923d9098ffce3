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

async function transferSides(req: MedusaRequest) {
  const [t] = await req.scope.resolve<StockModuleService>(STOCK_MODULE).listStockTransfers({ id: req.params.id }, { select: ["from_location_id", "to_location_id"] })
  if (!t) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No transfer ${req.params.id}`)
  return t
}

/** A transfer is dispatched and canceled by its source branch… */
export const transferSource = async (req: MedusaRequest) => (await transferSides(req)).from_location_id
/** …and received by its destination branch. */
export const transferDestination = async (req: MedusaRequest) => (await transferSides(req)).to_location_id

/** Routes on a count are guarded at its location. */
export async function countBranch(req: MedusaRequest) {
  const [c] = await req.scope.resolve<StockModuleService>(STOCK_MODULE).listStockCounts({ id: req.params.id }, { select: ["location_id"] })
  if (!c) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No stock count ${req.params.id}`)
  return c.location_id
}
