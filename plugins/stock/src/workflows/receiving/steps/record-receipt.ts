import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STOCK_MODULE } from "../../../modules/stock"
import type { ReceiveInput } from "../../../modules/stock/service"
import type StockModuleService from "../../../modules/stock/service"

/** The receipt on the order (service.receive: row-locked, no more than outstanding); undo takes it back. */
export const recordReceiptStep = createStep(
  "kassa-stock-record-receipt",
  async (input: ReceiveInput, { container }) => {
    const received = await container.resolve<StockModuleService>(STOCK_MODULE).receive(input)
    return new StepResponse(received, received.receipt_id)
  },
  async (receiptId, { container }) => {
    if (receiptId) await container.resolve<StockModuleService>(STOCK_MODULE).undoReceipt(receiptId)
  }
)
