import collected from "virtual:kassa/counter-extensions"
import { SHORTCUTS } from "../lib/shortcuts"
import { checkExtensions, zonesAt } from "./zones"

export type { Zones } from "./zones"

/** The extensions of the plugins in medusa-config.ts, collected by the page's build. */
const extensions = checkExtensions(collected, SHORTCUTS.map((s) => s.key))

export const zonesFor = (switches: Record<string, boolean>) => zonesAt(extensions, switches)
