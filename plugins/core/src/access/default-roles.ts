import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { STAFF_MODULE } from "../modules/staff"
import { corePlugin } from "./core-plugin"
import { type KassaPluginDefinition, listPlugins } from "./registry"

type DefaultRole = { name: string; description: string; policies: string[] }

type RoleStore = {
  listStaffRoles: (filters: object, config: { select: string[] }) => Promise<{ id: string; name: string; policies: unknown }[]>
  createStaffRoles: (data: (DefaultRole & { is_system: boolean })[]) => Promise<unknown>
  updateStaffRoles: (data: { id: string; policies: string[] }[]) => Promise<unknown>
}

/**
 * The roles a new Kassa install starts with, after the reference's staff: core's (Owner,
 * Manager, Sales Agent, Cashier) and those plugins bring, each with the policies every given
 * plugin grants it. Branch scope is the staff member's, not the role's.
 */
export function defaultRoles(plugins: KassaPluginDefinition[] = listPlugins()): DefaultRole[] {
  const roles = new Map<string, DefaultRole>()
  for (const plugin of [corePlugin, ...plugins.filter((p) => p.id !== corePlugin.id)]) {
    for (const [name, grant] of Object.entries(plugin.roles ?? {})) {
      const role = roles.get(name) ?? { name, description: "", policies: [] }
      roles.set(name, { name, description: role.description || grant.description || "", policies: [...new Set([...role.policies, ...grant.policies])] })
    }
  }
  return [...roles.values()].filter((r) => r.description)
}

/** Creates the default roles that do not exist yet (by name); existing ones are left as they are. */
export async function ensureDefaultRoles(staff: RoleStore, plugins?: KassaPluginDefinition[]) {
  const existing = new Set((await staff.listStaffRoles({}, { select: ["name"] })).map((r) => r.name))
  const missing = defaultRoles(plugins).filter((r) => !existing.has(r.name))
  if (missing.length) await staff.createStaffRoles(missing.map((r) => ({ ...r, is_system: true })))
}

/**
 * For a plugin's migration script: on an install that has not had this plugin before, the
 * default roles get its policies and the roles it brings are created. Only this plugin's
 * policies are added, and to default roles only: what an owner took away from a role is not
 * given back, and roles an owner made are left alone.
 */
export async function grantPluginRoles(container: MedusaContainer, plugin: KassaPluginDefinition) {
  const staff = container.resolve<RoleStore>(STAFF_MODULE)
  await ensureDefaultRoles(staff, [plugin])
  const grants = plugin.roles ?? {}
  const roles = await staff.listStaffRoles({ name: Object.keys(grants), is_system: true }, { select: ["id", "name", "policies"] })
  const updates = roles
    .map((r) => ({ id: r.id, before: r.policies as string[], policies: [...new Set([...(r.policies as string[]), ...grants[r.name].policies])] }))
    .filter((r) => r.policies.length > r.before.length)
  if (updates.length) await staff.updateStaffRoles(updates.map(({ id, policies }) => ({ id, policies })))
}

/**
 * True on installs whose default roles core set up with every plugin's policies by name,
 * before plugins declared their own grants: those roles already hold them, and re-granting
 * would undo what an owner has taken away since.
 */
export async function rolesGrantedByCore(container: MedusaContainer) {
  const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const { rows } = await pg.raw(`select 1 from script_migrations where script_name like ? and finished_at is not null`, ["role-policies-drawers-installments-warranty.%"])
  return rows.length > 0
}

/**
 * For a migration script on installs made before a policy existed: the system Manager role gets
 * it (once); an owner's own roles are left alone. New installs get it from the default role.
 */
export async function grantManagerPolicy(staff: RoleStore, policy: string) {
  await ensureDefaultRoles(staff)
  const roles = await staff.listStaffRoles({ name: "Manager", is_system: true }, { select: ["id", "policies"] })
  const updates = roles
    .filter((r) => !(r.policies as string[]).includes(policy))
    .map((r) => ({ id: r.id, policies: [...(r.policies as string[]), policy] }))
  if (updates.length) await staff.updateStaffRoles(updates)
}
