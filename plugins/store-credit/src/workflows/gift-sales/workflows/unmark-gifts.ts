import { overrideLinePricesWorkflow } from "@kassa/pos/kit"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { removeGiftMarksStep } from "../steps/remove-gift-marks"

/** Gift lines (those named, or all of the ticket's) sold again: their shelf price comes back. */
export const unmarkGiftsWorkflow = createWorkflow("kassa-unmark-gifts", (input: WorkflowData<{ ticket_id: string; line_ids?: string[] }>) => {
  // One gift change per ticket at a time: the marks are read, then the lines and marks written.
  const key = transform({ input }, ({ input }) => `kassa-gift-ticket:${input.ticket_id}`)
  acquireLockStep({ key, timeout: 10, ttl: 30 })
  const lineIds = removeGiftMarksStep(input)
  overrideLinePricesWorkflow.runAsStep({
    input: transform({ input, lineIds }, ({ input, lineIds }) => ({
      ticket_id: input.ticket_id,
      lines: lineIds.map((line_id) => ({ line_id, override_price: null, override_reason: null, override_by: null })),
    })),
  })
  releaseLockStep({ key })
  return new WorkflowResponse(lineIds)
})
