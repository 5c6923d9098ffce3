import { grants } from "./access"
import { allPolicies, listPlugins, type KassaPluginDefinition } from "./registry"

/**
 * Where a staff member lands in the admin, and which pages they may open, from the plugins'
 * declarations (`adminPages`, `adminHome`). The admin reads it from /admin/kassa/me to hide
 * sidebar entries and explain a refused page; the server's guard still refuses on its own.
 */
export type AdminPageAccess = { path: string; label: string; policy: string; policy_description: string; allowed: boolean }

/** Medusa's own order list: the dashboard's landing page, and its own policy. */
const ORDERS = "/orders"
/** Core's page that says who you are and what you may open: the landing of last resort. */
export const ACCESS_PAGE = "/access"

export function adminPagesFor(policies: Set<string>, plugins: KassaPluginDefinition[] = listPlugins()): AdminPageAccess[] {
  const described = allPolicies()
  return plugins.flatMap((p) =>
    (p.adminPages ?? []).map(({ path, label, policy }) => ({
      path,
      label,
      policy,
      policy_description: described[policy] ?? policy,
      allowed: grants(policies, policy),
    }))
  )
}

/**
 * Who may change orders works from the order list, as Medusa intends. Everyone else lands on
 * the work a plugin declares for them (the narrowest first, by rank: approving credit before
 * selling), else the order list if they may read it, else the access page.
 */
export function adminHomeFor(policies: Set<string>, plugins: KassaPluginDefinition[] = listPlugins()): string {
  if (grants(policies, "order:write")) return ORDERS
  const homes = plugins.flatMap((p) => (p.adminHome ? [p.adminHome] : [])).sort((a, b) => a.rank - b.rank)
  const home = homes.find((h) => grants(policies, h.policy))
  if (home) return home.path
  return grants(policies, "order:read") ? ORDERS : ACCESS_PAGE
}
