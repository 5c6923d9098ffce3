import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { findBranchStep } from "../steps/find-branch"
import { setPluginSwitchStep } from "../steps/set-plugin-switch"

/** Switches a Kassa plugin on or off at one branch. */
export const setPluginSwitchWorkflow = createWorkflow(
  "set-plugin-switch",
  (input: { stock_location_id: string; plugin: string; enabled: boolean }) => {
    const branch = findBranchStep(input.stock_location_id)
    const change = transform({ input, branch }, ({ input, branch }) => ({ branch_id: branch.id, plugin: input.plugin, enabled: input.enabled }))
    return new WorkflowResponse(setPluginSwitchStep(change))
  }
)
