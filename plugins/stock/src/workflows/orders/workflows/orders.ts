import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import type { PurchaseOrderStatus } from "../../../modules/stock/models/purchase-order"
import { createPurchaseOrdersStep } from "../steps/create-purchase-orders"
import { movePurchaseOrderStep } from "../steps/move-purchase-order"
import { removeReorderLineStep, type ReorderLinesInput, saveReorderLinesStep } from "../steps/save-reorder-lines"

export const saveReorderLinesWorkflow = createWorkflow("kassa-stock-save-reorder-lines", (input: ReorderLinesInput) => new WorkflowResponse(saveReorderLinesStep(input)))

export const removeReorderLineWorkflow = createWorkflow("kassa-stock-remove-reorder-line", (input: { id: string; user_id: string }) => new WorkflowResponse(removeReorderLineStep(input)))

/**
 * The caller's list at a branch becomes purchase orders. Under a lock on that list: two clicks
 * at once would otherwise both read the same lines and order them twice.
 */
export const createPurchaseOrdersWorkflow = createWorkflow("kassa-stock-create-purchase-orders", (input: { user_id: string; location_id: string }) => {
  const key = transform({ input }, ({ input }) => `kassa-stock-reorder:${input.user_id}:${input.location_id}`)
  acquireLockStep({ key, timeout: 10, ttl: 60 })
  const ids = createPurchaseOrdersStep(input)
  releaseLockStep({ key })
  return new WorkflowResponse(ids)
})

export const movePurchaseOrderWorkflow = createWorkflow("kassa-stock-move-purchase-order", (input: { id: string; to: PurchaseOrderStatus }) => new WorkflowResponse(movePurchaseOrderStep(input)))
