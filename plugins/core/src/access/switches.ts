import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { BRANCH_MODULE } from "../modules/branch"
import type BranchModuleService from "../modules/branch/service"
import { getPlugin } from "./registry"

// A branch's switches are read by every guarded request and every checkout, and change when a
// manager flips one. They are kept for a few seconds: a switch set through
// setPluginSwitchWorkflow clears them in this process at once, and another server instance
// sees the change within SWITCHES_TTL_MS.
const SWITCHES_TTL_MS = 5_000
const switchesAt = new Map<string, { expires: number; switches: Promise<Map<string, boolean>> }>()

export const forgetPluginSwitches = () => switchesAt.clear()

function branchSwitches(scope: MedusaContainer, stockLocationId: string) {
  const cached = switchesAt.get(stockLocationId)
  if (cached && cached.expires > Date.now()) return cached.switches
  const branches: BranchModuleService = scope.resolve(BRANCH_MODULE)
  const switches = branches
    .listBranches({ stock_location_id: stockLocationId }, { select: ["id"], relations: ["plugin_switches"] })
    .then(([branch]) => new Map((branch?.plugin_switches ?? []).map((s) => [s.plugin, s.enabled])))
  switchesAt.set(stockLocationId, { expires: Date.now() + SWITCHES_TTL_MS, switches })
  switches.catch(() => switchesAt.delete(stockLocationId))
  return switches
}

/** Whether a plugin is on at a branch: the manager's switch, else the plugin's default. */
export async function isPluginOn(scope: MedusaContainer, pluginId: string, stockLocationId: string) {
  const plugin = getPlugin(pluginId)
  if (!plugin) return false
  if (plugin.alwaysOn) return true
  return (await branchSwitches(scope, stockLocationId)).get(pluginId) ?? plugin.defaultEnabled
}

export async function requirePluginOn(scope: MedusaContainer, pluginId: string, stockLocationId: string) {
  if (!(await isPluginOn(scope, pluginId, stockLocationId))) {
    const name = getPlugin(pluginId)?.name ?? pluginId
    const [branch] = await scope.resolve<BranchModuleService>(BRANCH_MODULE).listBranches({ stock_location_id: stockLocationId })
    throw new MedusaError(MedusaError.Types.FORBIDDEN, `${name} is switched off at branch ${branch?.code ?? stockLocationId}`)
  }
}
