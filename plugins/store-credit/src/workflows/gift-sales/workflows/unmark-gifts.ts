import { overrideLinePricesWorkflow } from "@kassa/pos/kit"
import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { removeGiftMarksStep } from "../steps/remove-gift-marks"

/** Gift lines (those named, or all of the ticket's) sold again: their shelf price comes back. */
export const unmarkGiftsWorkflow = createWorkflow("kassa-unmark-gifts", (input: WorkflowData<{ ticket_id: string; line_ids?: string[] }>) => {
  const lineIds = removeGiftMarksStep(input)
  overrideLinePricesWorkflow.runAsStep({
    input: transform({ input, lineIds }, ({ input, lineIds }) => ({
      ticket_id: input.ticket_id,
      lines: lineIds.map((line_id) => ({ line_id, override_price: null, override_reason: null, override_by: null })),
    })),
  })
  return new WorkflowResponse(lineIds)
})
