import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { closeBranchStep, type CloseBranchInput, reopenBranchStep } from "../steps/close-branch"

// One lock per branch: two managers closing (or closing and reopening) at once are taken in turn,
// and the second finds the branch already closed (or open).
const branchKey = (input: WorkflowData<{ stock_location_id: string }>) => transform({ input }, ({ input }) => `kassa-branch-close:${input.stock_location_id}`)

/**
 * A branch closes: nothing more is sold or changed there (core's guard refuses writes at a closed
 * branch), its registers are retired, and every record stays readable and reportable.
 */
export const closeBranchWorkflow = createWorkflow("kassa-close-branch", (input: WorkflowData<CloseBranchInput>) => {
  const key = branchKey(input)
  acquireLockStep({ key, timeout: 10, ttl: 30 })
  const closed = closeBranchStep(input)
  releaseLockStep({ key })
  return new WorkflowResponse(closed)
})

/** A closed branch reopens with the registers it had. */
export const reopenBranchWorkflow = createWorkflow("kassa-reopen-branch", (input: WorkflowData<{ stock_location_id: string }>) => {
  const key = branchKey(input)
  acquireLockStep({ key, timeout: 10, ttl: 30 })
  const reopened = reopenBranchStep(input)
  releaseLockStep({ key })
  return new WorkflowResponse(reopened)
})
