import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { adjustDefectiveStockStep } from "../steps/adjust-defective-stock"
import { releaseDefectiveReservationStep } from "../steps/release-reservation"
import { setDisposalStep, type SetDisposalInput } from "../steps/set-disposal"

/** A defective unit leaves (supplier, written off) or is repaired, and the branch's stock follows. */
export const setDisposalWorkflow = createWorkflow("kassa-warranty-set-disposal", (input: SetDisposalInput) => {
  const unit = setDisposalStep(input)
  releaseDefectiveReservationStep(unit)
  adjustDefectiveStockStep(unit)
  return new WorkflowResponse(unit)
})
