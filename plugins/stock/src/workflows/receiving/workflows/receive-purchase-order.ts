import { PRICING_LOCK, upsertVariantCostsWorkflow } from "@kassa/core/kit"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import type { ReceiveInput } from "../../../modules/stock/service"
import { planReceiptStep } from "../steps/plan-receipt"
import { raiseStockStep } from "../steps/raise-stock"
import { recordReceiptStep } from "../steps/record-receipt"

/**
 * One lock for every receipt: a moving average reads what is on hand and the cost, then writes a
 * cost from them; two receipts of the same variant (at two branches) reading together would
 * each average without the other's units. Receipts are rare enough to queue.
 */
export const RECEIVING_LOCK = "kassa-stock-receiving"

/**
 * Goods of a sent order arrive: the receipt, the stock at its destination, the variants' cost.
 * Core's cost workflow runs here as a sub-workflow, where Medusa skips its acquireLockStep: the
 * markup lock is taken here instead, before the old costs are read, so a cost edited or a
 * markup applied meanwhile is neither averaged from stale figures nor overwritten. Always
 * after the receiving lock (one order of keys, no waiting in a circle).
 */
export const receivePurchaseOrderWorkflow = createWorkflow("kassa-stock-receive-purchase-order", (input: ReceiveInput) => {
  acquireLockStep({ key: RECEIVING_LOCK, timeout: 30, ttl: 120 })
  const received = recordReceiptStep(input)
  acquireLockStep({ key: PRICING_LOCK, timeout: 15, ttl: 120 }).config({ name: "kassa-stock-acquire-pricing-lock" })
  const plan = planReceiptStep(received)
  raiseStockStep(
    transform({ received, plan }, ({ received, plan }) => ({
      location_id: received.location_id,
      moves: plan.moves,
      document: `Purchase order ${received.number} received (${received.receipt_id})`,
    }))
  )
  when({ plan }, ({ plan }) => plan.costs.length > 0).then(() => {
    upsertVariantCostsWorkflow.runAsStep({ input: transform({ plan }, ({ plan }) => ({ costs: plan.costs })) })
  })
  releaseLockStep({ key: PRICING_LOCK }).config({ name: "kassa-stock-release-pricing-lock" })
  releaseLockStep({ key: RECEIVING_LOCK })
  return new WorkflowResponse(received)
})
