import type { MedusaContainer } from "@medusajs/framework/types"

/** One figure on a dashboard card: money in integer centavos of `currency_code`, or a count. */
export type DashboardFigure =
  | { key: string; label: string; kind: "money"; value: number; currency_code: string }
  | { key: string; label: string; kind: "count"; value: number }

/** What a card is asked about: the caller's branches (or every branch), the moment, the time zone "today" is in. */
export type DashboardFiguresScope = { branchIds: string[] | "all"; now: Date; timezone: string }

/**
 * A plugin's card on the manager's dashboard. The reports plugin shows it where `plugin` is on
 * (at one of the branches asked about); core and the reports plugin never name the provider.
 */
export type DashboardFiguresProvider = {
  id: string
  plugin: string
  title: string
  figures: (container: MedusaContainer, scope: DashboardFiguresScope) => Promise<DashboardFigure[]>
}

// On globalThis: a plugin may load its own copy of this module, and must still reach core's set.
const KEY = Symbol.for("kassa.core.dashboard-figures")
const providers = ((globalThis as Record<symbol, unknown>)[KEY] ??= new Map()) as Map<string, DashboardFiguresProvider>

/**
 *   defineDashboardFigures({ id: "installments", plugin: "installments", title: "Installments",
 *     figures: async (container, { branchIds, now, timezone }) => [{ key: "overdue_plans", label: "Overdue plans", kind: "count", value: 3 }] })
 */
export function defineDashboardFigures(provider: DashboardFiguresProvider) {
  providers.set(provider.id, provider)
  return provider
}

/** Every registered provider, in the order they registered. */
export const dashboardFigureProviders = (): DashboardFiguresProvider[] => [...providers.values()]
