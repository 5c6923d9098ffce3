import type { Branch, KassaPlugin } from "./types"

/** On at the branch: the manager's switch, else the plugin's default (as access/switches.ts decides). */
export const isPluginOn = (plugin: KassaPlugin, branch: Branch) =>
  plugin.always_on || (branch.plugin_switches.find((s) => s.plugin === plugin.id)?.enabled ?? plugin.default_enabled)
