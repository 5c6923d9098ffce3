import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { BRANCH_MODULE } from "../modules/branch"
import type BranchModuleService from "../modules/branch/service"
import { getPlugin } from "./registry"

// A branch's switches (and whether it is closed) are read by every guarded request and every
// checkout, and change when a manager flips one. They are kept for a few seconds: a switch set
// through setPluginSwitchWorkflow, or a close or reopen, clears them in this process at once, and
// another server instance sees the change within SWITCHES_TTL_MS.
const SWITCHES_TTL_MS = 5_000
const switchesAt = new Map<string, { expires: number; state: Promise<BranchState> }>()

export const forgetPluginSwitches = () => switchesAt.clear()

type BranchState = { switches: Map<string, boolean>; closed: { at: Date; reason: string | null; code: string } | null }

function branchState(scope: MedusaContainer, stockLocationId: string) {
  const cached = switchesAt.get(stockLocationId)
  if (cached && cached.expires > Date.now()) return cached.state
  const branches: BranchModuleService = scope.resolve(BRANCH_MODULE)
  const state = branches
    .listBranches({ stock_location_id: stockLocationId }, { select: ["id", "code", "closed_at", "close_reason"], relations: ["plugin_switches"] })
    .then(([branch]) => ({
      switches: new Map((branch?.plugin_switches ?? []).map((s) => [s.plugin, s.enabled])),
      closed: branch?.closed_at ? { at: new Date(branch.closed_at as unknown as string), reason: branch.close_reason ?? null, code: branch.code } : null,
    }))
  switchesAt.set(stockLocationId, { expires: Date.now() + SWITCHES_TTL_MS, state })
  state.catch(() => switchesAt.delete(stockLocationId))
  return state
}

/** Whether a plugin is on at a branch: the manager's switch, else the plugin's default. */
export async function isPluginOn(scope: MedusaContainer, pluginId: string, stockLocationId: string) {
  const plugin = getPlugin(pluginId)
  if (!plugin) return false
  if (plugin.alwaysOn) return true
  return (await branchState(scope, stockLocationId)).switches.get(pluginId) ?? plugin.defaultEnabled
}

export async function requirePluginOn(scope: MedusaContainer, pluginId: string, stockLocationId: string) {
  if (!(await isPluginOn(scope, pluginId, stockLocationId))) {
    const name = getPlugin(pluginId)?.name ?? pluginId
    const [branch] = await scope.resolve<BranchModuleService>(BRANCH_MODULE).listBranches({ stock_location_id: stockLocationId })
    throw new MedusaError(MedusaError.Types.FORBIDDEN, `${name} is switched off at branch ${branch?.code ?? stockLocationId}`)
  }
}

/**
 * A closed branch changes nothing: every guarded write there is refused (409) until a manager
 * reopens it; reads (receipts, reports, history) go on.
 */
export async function requireBranchOpen(scope: MedusaContainer, stockLocationId: string) {
  const { closed } = await branchState(scope, stockLocationId)
  if (closed) {
    const since = closed.at.toISOString().slice(0, 10)
    throw new MedusaError(MedusaError.Types.CONFLICT, `Branch ${closed.code} is closed (since ${since}${closed.reason ? `: ${closed.reason}` : ""}): reopen it before making changes there`)
  }
}
