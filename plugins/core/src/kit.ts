/**
 * What other Kassa plugins import from @kassa/core/kit: declare the plugin, guard its routes.
 *
 *   export const warranty = defineKassaPlugin({ id: "warranty", name: "Warranty", description: "…",
 *     defaultEnabled: true, policies: { "warranty:update": "Move claims through their states" } })
 *   middlewares: [warranty.guard("warranty:update", { branch: fromBody("location_id") })]
 */
export { defineKassaPlugin } from "./access/define-plugin"
export type { KassaPlugin } from "./access/define-plugin"
export { accessOf, grants } from "./access/access"
export type { Access } from "./access/access"
export { fromBody, fromHeader, fromParam, fromQuery } from "./access/branch-context"
export type { BranchFrom } from "./access/branch-context"
export { isPluginOn } from "./access/switches"
// One matching rule for every path a plugin compares: the canonical path, case ignored.
export { routeMatch, routeMethodOf, routePathOf } from "./access/route-path"
export { listPlugins, getPlugin, allPolicies } from "./access/registry"
export { ensureDefaultRoles, DEFAULT_ROLES } from "./access/default-roles"
export type { default as BranchModuleService } from "./modules/branch/service"
export type { default as StaffModuleService } from "./modules/staff/service"
// For a route that needs another plugin's policy (e.g. core's branch:manage on a POS setting).
export { guard } from "./access/guard"
