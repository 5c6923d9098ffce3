import type { MiddlewareFunction } from "@medusajs/framework/http"
import type { CorePolicy } from "./core-plugin"
import { guard, GuardOptions } from "./guard"
import { KassaPluginDefinition, registerPlugin } from "./registry"

export type KassaPlugin<P extends string> = KassaPluginDefinition & {
  /** A route middleware: the policy, the branch (and with it this plugin's switch) in one line. */
  guard: (policy: P, options?: Omit<GuardOptions, "plugin">) => MiddlewareFunction
}

/**
 * What a plugin gives Kassa's default roles: its own policies, and core's to a role it brings
 * (never another feature plugin's). "*" is every policy (the Owner).
 */
type RoleGrants<P extends string> = Record<string, { description?: string; policies: (P | CorePolicy | "*")[] }>

/**
 * Declares a Kassa plugin and returns its guard:
 *
 *   export const warranty = defineKassaPlugin({ id: "warranty", …,
 *     policies: { "warranty:update": "…" },
 *     roles: { Technician: { description: "Works on warranty claims", policies: ["warranty:update"] } } })
 *   { matcher: "/admin/kassa/warranty/claims/:id", methods: ["POST"],
 *     middlewares: [warranty.guard("warranty:update", { branch: fromBody("location_id") })] }
 */
export function defineKassaPlugin<const P extends Record<string, string>>(
  definition: Omit<KassaPluginDefinition, "policies" | "roles" | "adminPages" | "adminHome"> & {
    policies: P
    roles?: RoleGrants<Extract<keyof P, string>>
    adminPages?: { path: string; label: string; policy: Extract<keyof P, string> | CorePolicy }[]
    adminHome?: { path: string; policy: Extract<keyof P, string> | CorePolicy; rank: number }
  }
): KassaPlugin<Extract<keyof P, string>> {
  registerPlugin(definition)
  return {
    ...definition,
    guard: (policy, options = {}) => guard(policy, { ...options, plugin: definition.alwaysOn ? undefined : definition.id }),
  }
}
