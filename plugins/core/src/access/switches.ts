import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { BRANCH_MODULE } from "../modules/branch"
import type BranchModuleService from "../modules/branch/service"
import { getPlugin } from "./registry"

/** Whether a plugin is on at a branch: the manager's switch, else the plugin's default. */
export async function isPluginOn(scope: MedusaContainer, pluginId: string, stockLocationId: string) {
  const plugin = getPlugin(pluginId)
  if (!plugin) return false
  if (plugin.alwaysOn) return true
  const branches: BranchModuleService = scope.resolve(BRANCH_MODULE)
  const [branch] = await branches.listBranches({ stock_location_id: stockLocationId }, { relations: ["plugin_switches"] })
  const choice = branch?.plugin_switches?.find((s) => s.plugin === pluginId)
  return choice ? choice.enabled : plugin.defaultEnabled
}

export async function requirePluginOn(scope: MedusaContainer, pluginId: string, stockLocationId: string) {
  if (!(await isPluginOn(scope, pluginId, stockLocationId))) {
    const name = getPlugin(pluginId)?.name ?? pluginId
    const [branch] = await scope.resolve<BranchModuleService>(BRANCH_MODULE).listBranches({ stock_location_id: stockLocationId })
    throw new MedusaError(MedusaError.Types.FORBIDDEN, `${name} is switched off at branch ${branch?.code ?? stockLocationId}`)
  }
}
