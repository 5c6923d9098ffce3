// Collects the counter extensions of the plugins an app lists in its medusa-config, the way
// Medusa's admin collects each plugin's src/admin: a virtual module imports every listed
// plugin's `./counter` export, so the page bundles them once, with its own React.
import fs from "node:fs"
import { createRequire } from "node:module"
import path from "node:path"
import type { Plugin } from "vite"

export const EXTENSIONS_MODULE = "virtual:kassa/counter-extensions"
const RESOLVED = `\0${EXTENSIONS_MODULE}`

type PluginEntry = string | { resolve: string }

/** The app this page is built for: KASSA_APP_ROOT, else the nearest folder up with a medusa-config. */
export function findAppRoot(from = process.env.KASSA_APP_ROOT ?? process.cwd()): string | null {
  for (let dir = path.resolve(from); ; dir = path.dirname(dir)) {
    if (["medusa-config.ts", "medusa-config.js"].some((f) => fs.existsSync(path.join(dir, f)))) return dir
    if (dir === path.dirname(dir)) return null
  }
}

/**
 * The plugins of the app's medusa-config, loaded as Medusa's CLI loads it (ts-node, which the
 * app has for `medusa` itself), in their order there.
 */
function configuredPlugins(appRoot: string): PluginEntry[] {
  const require = createRequire(path.join(appRoot, "package.json"))
  const file = ["medusa-config.ts", "medusa-config.js"].map((f) => path.join(appRoot, f)).find((f) => fs.existsSync(f))!
  if (file.endsWith(".ts")) require("ts-node").register({ transpileOnly: true })
  const loaded = require(file)
  return ((loaded.default ?? loaded).plugins ?? []) as PluginEntry[]
}

/**
 * Each listed plugin's counter extension (its package's `./counter` export), as a file to import;
 * the host's own `./counter` is the kit the extensions import, not one of them.
 */
export function extensionFiles(appRoot: string, host: string): string[] {
  const require = createRequire(path.join(appRoot, "package.json"))
  return configuredPlugins(appRoot).flatMap((entry) => {
    const name = typeof entry === "string" ? entry : entry.resolve
    const dir = name.startsWith(".") ? path.resolve(appRoot, name) : path.dirname(require.resolve(`${name}/package.json`))
    if (fs.realpathSync(dir) === fs.realpathSync(host)) return []
    const pkg = JSON.parse(fs.readFileSync(path.join(dir, "package.json"), "utf8")) as { exports?: Record<string, unknown> }
    const target = pkg.exports?.["./counter"]
    return typeof target === "string" ? [path.join(dir, target)] : []
  })
}

/** The Vite plugin: `import extensions from "virtual:kassa/counter-extensions"`; `host`: the page's plugin folder. */
export function counterExtensions(host: string): Plugin {
  return {
    name: "kassa-counter-extensions",
    resolveId: (id) => (id === EXTENSIONS_MODULE ? RESOLVED : null),
    load(id) {
      if (id !== RESOLVED) return null
      const appRoot = findAppRoot()
      const files = appRoot ? extensionFiles(appRoot, host) : []
      if (!appRoot) this.warn("No medusa-config found above this folder (set KASSA_APP_ROOT): the counter is built without extensions")
      return [...files.map((f, i) => `import e${i} from ${JSON.stringify(f)}`), `export default [${files.map((_, i) => `e${i}`).join(", ")}]`].join("\n")
    },
  }
}
