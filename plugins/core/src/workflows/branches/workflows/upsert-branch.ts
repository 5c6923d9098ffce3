import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { findStockLocationStep } from "../steps/find-stock-location"
import { BranchDetails, upsertBranchStep } from "../steps/upsert-branch"

/** Sets the Kassa details (code, receipt texts, timezone…) of a stock location. */
export const upsertBranchWorkflow = createWorkflow("upsert-branch", (input: BranchDetails) => {
  const location = findStockLocationStep(input.stock_location_id)
  const details = transform({ input, location }, ({ input, location }) => ({
    ...input,
    sales_channel_id: input.sales_channel_id ?? location.sales_channel_id,
  }))
  return new WorkflowResponse(upsertBranchStep(details))
})
