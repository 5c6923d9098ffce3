import { BRANCH_MODULE, type BranchModuleService, type BranchScope, dashboardFigureProviders, isPluginOn } from "@kassa/core/kit"
import type { MedusaContainer } from "@medusajs/framework/types"

/**
 * The other plugins' cards (through core's dashboard seam): each provider whose plugin is on at
 * one of the branches asked about. A provider that fails shows its error on its card instead of
 * taking the dashboard down.
 */
export async function pluginCards(container: MedusaContainer, scope: BranchScope, now: Date, timezone: string) {
  const branchIds = scope.all
    ? (await container.resolve<BranchModuleService>(BRANCH_MODULE).listBranches({}, { select: ["stock_location_id"] })).map((b) => b.stock_location_id)
    : scope.ids
  const onSomewhere = async (plugin: string) => (await Promise.all(branchIds.map((id) => isPluginOn(container, plugin, id)))).some(Boolean)
  const cards = await Promise.all(
    dashboardFigureProviders().map(async (p) => {
      if (!(await onSomewhere(p.plugin))) return null
      try {
        return { id: p.id, plugin: p.plugin, title: p.title, figures: await p.figures(container, { branchIds: scope.all ? "all" : scope.ids, now, timezone }) }
      } catch (e) {
        return { id: p.id, plugin: p.plugin, title: p.title, figures: [], error: (e as Error).message }
      }
    })
  )
  return cards.filter((c) => c !== null)
}
