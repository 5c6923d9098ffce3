import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { findBranchStep } from "../steps/find-branch"
import { retireRegisterStep } from "../steps/retire-register"
import { upsertRegisterStep } from "../steps/upsert-register"

/** Adds a register to a branch. */
export const createRegisterWorkflow = createWorkflow(
  "create-register",
  (input: { stock_location_id: string; name: string; code: string; is_active?: boolean }) => {
    const branch = findBranchStep(input.stock_location_id)
    const register = transform({ input, branch }, ({ input, branch }) => ({
      branch_id: branch.id,
      name: input.name,
      code: input.code,
      is_active: input.is_active,
    }))
    return new WorkflowResponse(upsertRegisterStep(register))
  }
)

/** Renames, recodes, or (de)activates a register. */
export const updateRegisterWorkflow = createWorkflow(
  "update-register",
  (input: { id: string; name?: string; code?: string; is_active?: boolean }) => new WorkflowResponse(upsertRegisterStep(input))
)

/** Retires a register. */
export const retireRegisterWorkflow = createWorkflow("retire-register", (input: { id: string }) =>
  new WorkflowResponse(retireRegisterStep(input.id))
)
