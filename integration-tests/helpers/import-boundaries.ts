/**
 * Kassa's one door between plugins, as a check over source text: a plugin reaches another only
 * through `@kassa/<plugin>/kit` (or its `counter` and `admin` entries), and the app, tests and
 * benches do the same. Medusa itself resolves a few more paths (modules, providers), named only
 * in medusa-config.ts.
 */
import fs from "node:fs"
import path from "node:path"

export const root = path.resolve(__dirname, "../..")

/** The entries a Kassa package offers to code: the server kit, the counter kit, the admin bundle. */
const DOORS = new Set(["kit", "counter", "admin"])
/** What medusa-config.ts may name besides a plugin itself: Medusa loads these by path. */
const CONFIG_ONLY = /^@kassa\/[a-z-]+\/providers\/[a-z-]+$/

/** Which Kassa plugins each may name: core none, pos only core, feature plugins core, pos and audit. */
const MAY_NAME: Record<string, string[]> = {
  core: [],
  audit: ["core"],
  pos: ["core"],
  installments: ["core", "pos", "audit"],
  warranty: ["core", "pos", "audit"],
  printing: ["core", "pos", "audit"],
}
/** A plugin not listed above (a new one) is a feature plugin. */
const mayName = (plugin: string) => MAY_NAME[plugin] ?? ["core", "pos", "audit"]

const SOURCE = /\.(ts|tsx|mts|cts|js|jsx|mjs|cjs)$/
const SKIP = new Set(["node_modules", ".medusa", ".cache", ".kassa", ".kassa-bench", "artifacts", "coverage", "dist"])

/** Every source file of the project (plugins, app, tests, benches, scripts), as paths from the root. */
export function sourceFiles(dir = root): string[] {
  const out: string[] = []
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (SKIP.has(entry.name) || entry.name.startsWith(".git")) continue
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) out.push(...sourceFiles(full))
    else if (SOURCE.test(entry.name)) out.push(path.relative(root, full))
  }
  return out
}

// `import … from "x"`, `export … from "x"`, `import "x"`, `import("x")`, `require("x")`,
// `require.resolve("x")`, `jest.mock("x")`: the ways a file can reach another.
const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire(?:\.resolve)?\s*\(\s*|\bjest\.(?:mock|requireActual)\s*\(\s*)["'`]([^"'`]+)["'`]/g

export function specifiers(text: string): string[] {
  // Comments may name a path as an example; only code counts.
  const code = text.replace(/(^|\s)\/\*[\s\S]*?\*\//g, "$1").replace(/(^|[^:"'`])\/\/.*$/gm, "$1")
  return [...code.matchAll(SPECIFIER)].map((m) => m[1])
}

/** The plugin a project path belongs to, or null for the app, tests, benches and scripts. */
const pluginOf = (file: string) => /^plugins\/([^/]+)\//.exec(file)?.[1] ?? null

/** The Kassa packages a plugin declares it needs: removing any other one must leave it whole. */
function declared(plugin: string): string[] {
  const file = path.join(root, "plugins", plugin, "package.json")
  const pkg = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, "utf8")) : {}
  return Object.keys({ ...pkg.dependencies, ...pkg.peerDependencies })
}

/** Why `spec`, imported by `file` (a path from the root), breaks the rule; null when it keeps it. */
export function violation(file: string, spec: string): string | null {
  const owner = pluginOf(file)
  const kassa = /^@kassa\/([^/]+)(?:\/(.+))?$/.exec(spec)
  if (kassa) {
    const [, plugin, sub] = kassa
    if (owner === plugin) return `imports its own package by name (${spec}): use a relative path`
    if (owner && !mayName(owner).includes(plugin)) return `plugin ${owner} may not name @kassa/${plugin}`
    if (owner && !declared(owner).includes(`@kassa/${plugin}`)) return `plugin ${owner} names @kassa/${plugin} without declaring it in peerDependencies`
    if (!sub) return `imports @kassa/${plugin} itself: only medusa-config.ts names a plugin (use @kassa/${plugin}/kit)`
    if (!DOORS.has(sub)) return `reaches into @kassa/${plugin}'s internals (${spec}): use @kassa/${plugin}/kit`
    return null
  }
  if (!spec.startsWith(".")) return null
  const target = path.relative(root, path.resolve(root, path.dirname(file), spec))
  const into = pluginOf(target + "/")
  if (owner && into !== owner) return `leaves plugin ${owner} by a relative path (${spec})`
  if (!owner && into) return `reaches into plugins/${into} by a relative path (${spec}): use @kassa/${into}/kit`
  return null
}

/** Every broken rule in the project's sources, as "file: reason". */
export function boundaryViolations(files = sourceFiles()): string[] {
  const found: string[] = []
  for (const file of files) {
    const config = file === "medusa-config.ts"
    for (const spec of specifiers(fs.readFileSync(path.join(root, file), "utf8"))) {
      if (config && CONFIG_ONLY.test(spec)) continue
      const why = violation(file, spec)
      if (why) found.push(`${file}: ${why}`)
    }
  }
  return found
}

/** The entries each plugin's package.json opens, beyond the doors and what Medusa resolves. */
export function extraExports(): string[] {
  const allowed = new Set(["./package.json", "./kit", "./counter", "./admin", "./.medusa/server/src/modules/*", "./providers/*"])
  const found: string[] = []
  for (const name of fs.readdirSync(path.join(root, "plugins"))) {
    const file = path.join(root, "plugins", name, "package.json")
    if (!fs.existsSync(file)) continue
    const exports = JSON.parse(fs.readFileSync(file, "utf8")).exports ?? {}
    for (const key of Object.keys(exports)) if (!allowed.has(key)) found.push(`plugins/${name}/package.json exports ${key}`)
  }
  return found
}
