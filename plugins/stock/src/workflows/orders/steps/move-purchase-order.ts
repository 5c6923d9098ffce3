import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STOCK_MODULE } from "../../../modules/stock"
import type { PurchaseOrderStatus } from "../../../modules/stock/models/purchase-order"
import type StockModuleService from "../../../modules/stock/service"

/** Sends or cancels a purchase order (the allowed moves are the service's); undo restores its status. */
export const movePurchaseOrderStep = createStep(
  "kassa-stock-move-purchase-order",
  async (input: { id: string; to: PurchaseOrderStatus }, { container }) => {
    const from = await container.resolve<StockModuleService>(STOCK_MODULE).movePurchaseOrder(input.id, input.to)
    return new StepResponse(from, { id: input.id, from })
  },
  async (undo, { container }) => {
    if (undo) await container.resolve<StockModuleService>(STOCK_MODULE).restorePurchaseOrderStatus(undo.id, undo.from)
  }
)
