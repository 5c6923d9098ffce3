/** A default role a plugin adds policies to; with a description, a role the plugin brings. */
export type DefaultRoleGrant = { description?: string; policies: string[] }

/**
 * An admin page (its dashboard path, e.g. "/installments", and its name) and the policy it needs: the admin hides
 * the sidebar entries of pages a user cannot open and says in words what is missing on one.
 */
export type AdminPage = { path: string; label: string; policy: string }

/**
 * Where staff whose work a plugin holds land after signing in (see admin-home.ts): the path,
 * the policy that marks that work, and a rank (lower first) for someone holding several.
 */
export type AdminHome = { path: string; policy: string; rank: number }

/**
 * Every Kassa plugin declares itself once: its id, what it does, whether it is on at a branch
 * until a manager decides, the policies its routes check and which default roles get them. Plugins run in the same process
 * and import this module through @kassa/core, so the registry is shared.
 */
export type KassaPluginDefinition = {
  /** Stable id used in switches and URLs, e.g. "installments". */
  id: string
  name: string
  description: string
  /** On at a branch with no switch row. */
  defaultEnabled: boolean
  /** `resource:operation` → what it allows, in words a manager understands. */
  policies: Record<string, string>
  /** Role name → what it gets from this plugin on a new install (an owner edits roles later). */
  roles?: Record<string, DefaultRoleGrant>
  /** Core cannot be switched off. */
  alwaysOn?: boolean
  /** The plugin's admin pages and their policies; a page not listed is open to every staff member. */
  adminPages?: AdminPage[]
  adminHome?: AdminHome
  /**
   * The events it emits that other systems may hear of (webhooks): name → what happened, in words.
   * Only these are offered for subscription; internal events (a ticket changed) stay unlisted.
   */
  events?: Record<string, string>
}

const plugins = new Map<string, KassaPluginDefinition>()

export function registerPlugin(definition: KassaPluginDefinition) {
  const taken = [...plugins.values()].flatMap((p) =>
    p.id === definition.id ? [] : Object.keys(definition.policies).filter((policy) => policy in p.policies)
  )
  if (taken.length) throw new Error(`Kassa plugin "${definition.id}" redeclares policies: ${taken.join(", ")}`)
  plugins.set(definition.id, definition)
}

export const listPlugins = () => [...plugins.values()]

export const getPlugin = (id: string) => plugins.get(id)

/** Every declared policy with its description. */
export const allPolicies = () =>
  Object.fromEntries(listPlugins().flatMap((p) => Object.entries(p.policies))) as Record<string, string>
