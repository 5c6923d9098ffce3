import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { forgetPluginSwitches } from "../../../access/switches"
import { BRANCH_MODULE } from "../../../modules/branch"
import type BranchModuleService from "../../../modules/branch/service"

export type PluginSwitchInput = { branch_id: string; plugin: string; enabled: boolean }

/** `enabled: null`: there was no switch, the plugin's default applied. */
type Undo = { id: string; enabled: boolean | null }

/** Records a manager's choice for a plugin at a branch; undo puts back the earlier choice. */
export const setPluginSwitchStep = createStep(
  "set-plugin-switch",
  async (input: PluginSwitchInput, { container }) => {
    const service: BranchModuleService = container.resolve(BRANCH_MODULE)
    const [existing] = await service.listPluginSwitches({ branch_id: input.branch_id, plugin: input.plugin })
    if (existing) {
      const updated = await service.updatePluginSwitches({ id: existing.id, enabled: input.enabled })
      forgetPluginSwitches()
      return new StepResponse(updated, { id: existing.id, enabled: existing.enabled } as Undo)
    }
    const created = await service.createPluginSwitches({ branch_id: input.branch_id, plugin: input.plugin, enabled: input.enabled })
    forgetPluginSwitches()
    return new StepResponse(created, { id: created.id, enabled: null } as Undo)
  },
  async (undo, { container }) => {
    if (!undo) return
    const service: BranchModuleService = container.resolve(BRANCH_MODULE)
    if (undo.enabled === null) await service.deletePluginSwitches(undo.id)
    else await service.updatePluginSwitches({ id: undo.id, enabled: undo.enabled })
    forgetPluginSwitches()
  }
)
