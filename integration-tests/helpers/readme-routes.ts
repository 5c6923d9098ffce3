/**
 * The routes the READMEs name ("GET /admin/kassa/me") against the routes the app loads: each
 * route file of the plugins medusa-config.ts lists, and Medusa's own, with the methods it exports.
 */
import fs from "node:fs"
import path from "node:path"

const root = path.resolve(__dirname, "../..")
export type Route = { method: string; path: string }

/** The project's READMEs: the front door, the bench's, each plugin's. */
export function readmes(): string[] {
  const plugins = fs.readdirSync(path.join(root, "plugins")).map((p) => path.join("plugins", p, "README.md"))
  return ["README.md", path.join("bench", "README.md"), ...plugins].filter((f) => fs.existsSync(path.join(root, f)))
}

/** Every "METHOD /admin/…" or "METHOD /store/…" in a text, without its query string. */
export function documentedRoutes(text: string): Route[] {
  return [...text.matchAll(/\b(GET|POST|DELETE|PUT|PATCH)\s+(\/(?:admin|store)\/[^\s`)?,;]*)/g)].map((m) => ({
    method: m[1],
    path: m[2].replace(/[.:]+$/, ""),
  }))
}

const METHOD_EXPORT = /\bexport\s+(?:const|async\s+function|function)\s+(GET|POST|DELETE|PUT|PATCH)\b|\bexports\.(GET|POST|DELETE|PUT|PATCH)\s*=\s*(?!void)/g

/** The routes under an `api` folder: each route file's folder as a path, with the methods it exports. */
export function routesIn(apiDir: string): Route[] {
  const out: Route[] = []
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) walk(full)
      else if (/^route\.(ts|js)$/.test(entry.name)) {
        const routePath = "/" + path.relative(apiDir, dir).split(path.sep).join("/")
        for (const m of fs.readFileSync(full, "utf8").matchAll(METHOD_EXPORT)) out.push({ method: m[1] ?? m[2], path: routePath })
      }
    }
  }
  if (fs.existsSync(apiDir)) walk(apiDir)
  return out
}

/** The routes of the plugins in medusa-config.ts and of Medusa itself. */
export function loadedRoutes(pluginPackages: string[]): Route[] {
  const apiDirs = pluginPackages.map((name) => path.join(path.dirname(require.resolve(`${name}/package.json`, { paths: [root] })), "src", "api"))
  apiDirs.push(path.join(path.dirname(require.resolve("@medusajs/medusa/package.json", { paths: [root] })), "dist", "api"))
  return apiDirs.flatMap(routesIn)
}

/** A documented path matches a route when every segment is equal, or a `:param` stands for a `[param]` folder. */
export function matches(documented: Route, route: Route): boolean {
  if (documented.method !== route.method) return false
  const a = documented.path.split("/")
  const b = route.path.split("/")
  return a.length === b.length && a.every((seg, i) => seg === b[i] || (seg.startsWith(":") && /^\[[^\]]+\]$/.test(b[i])))
}
