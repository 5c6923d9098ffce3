import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { saleHooks } from "../../../sale/sale-hooks"

/**
 * Other plugins' say on undoing a sale (defineSaleHook's `assertUndoable`): a gift card it sold
 * that was spent since, say. Runs before the void or cancel changes anything; a refusal is the
 * hook's own error (a 4xx with its message).
 */
export const assertUndoableStep = createStep("kassa-pos-assert-undoable", async ({ order_id }: { order_id: string }, { container }) => {
  for (const hook of saleHooks()) await hook.assertUndoable?.({ container, order_id })
  return new StepResponse(true)
})
