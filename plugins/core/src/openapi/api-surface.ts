import fs from "node:fs"
import path from "node:path"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, getResolvedPlugins } from "@medusajs/framework/utils"

export const ROUTE_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const
export type RouteMethod = (typeof ROUTE_METHODS)[number]

/** A route file's method, at its Express path (`/admin/kassa/pos/tickets/:id`). */
export type ApiRoute = { method: RouteMethod; path: string; file: string; handler: Function; exports: Record<string, unknown> }
/** One entry of a plugin's defineMiddlewares, one middleware each (as Medusa's loader spreads them). */
export type MiddlewareEntry = { matcher: string | RegExp; methods?: string[]; middleware: unknown }
/** A loaded plugin's API: its routes on disk, its middlewares config and its README. */
export type PluginApi = { id: string; name: string; version: string; dir: string; routes: ApiRoute[]; middlewares: MiddlewareEntry[]; readme: string }

/** The plugins the app loads (Medusa's config module), each as Medusa resolves it: built output under `.medusa/server/src`. */
export async function loadedPluginApis(container: MedusaContainer): Promise<PluginApi[]> {
  const config = container.resolve(ContainerRegistrationKeys.CONFIG_MODULE)
  const plugins = await getResolvedPlugins(process.cwd(), config)
  return plugins.map((plugin) => {
    const apiDir = path.join(plugin.resolve, "api")
    const packageDir = path.resolve(plugin.resolve, "../../..")
    const readme = path.join(packageDir, "README.md")
    return {
      id: plugin.name.replace(/^@[^/]+\//, ""),
      name: plugin.name,
      version: plugin.version,
      dir: packageDir,
      routes: routesIn(apiDir),
      middlewares: middlewaresIn(apiDir),
      readme: fs.existsSync(readme) ? fs.readFileSync(readme, "utf8") : "",
    }
  })
}

/** Each `route.js` under an api folder, with the methods it exports (the modules Medusa has already loaded). */
function routesIn(apiDir: string): ApiRoute[] {
  const out: ApiRoute[] = []
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) walk(full)
      else if (entry.name === "route.js") {
        const loaded = require(full) as Record<string, unknown>
        const routePath = "/" + path.relative(apiDir, dir).split(path.sep).map((s) => s.replace(/^\[(.+)\]$/, ":$1")).join("/")
        for (const method of ROUTE_METHODS) {
          if (typeof loaded[method] === "function") out.push({ method, path: routePath, file: full, handler: loaded[method] as Function, exports: loaded })
        }
      }
    }
  }
  if (fs.existsSync(apiDir)) walk(apiDir)
  // A folder's own route before its sub-folders', then the methods in their usual order.
  return out.sort((a, b) => a.path.localeCompare(b.path) || ROUTE_METHODS.indexOf(a.method) - ROUTE_METHODS.indexOf(b.method))
}

function middlewaresIn(apiDir: string): MiddlewareEntry[] {
  const file = path.join(apiDir, "middlewares.js")
  if (!fs.existsSync(file)) return []
  const config = (require(file) as { default?: { routes?: { matcher: string | RegExp; methods?: string[]; middlewares?: unknown[] }[] } }).default
  return (config?.routes ?? []).flatMap((r) => (r.middlewares ?? []).map((middleware) => ({ matcher: r.matcher, methods: r.methods, middleware })))
}

/**
 * Whether a middleware entry applies to a route, as Express mounts it: with methods it is a route
 * (`:param` one segment, `*` anything), without it a prefix. Case is ignored, as Express does.
 */
export function entryApplies(entry: MiddlewareEntry, route: { method: string; path: string }): boolean {
  if (entry.methods && !entry.methods.some((m) => m.toUpperCase() === route.method || m.toUpperCase() === "ALL")) return false
  if (entry.matcher instanceof RegExp) return entry.matcher.test(route.path)
  const pattern = entry.matcher
    .split(/(:[A-Za-z0-9_]+|\*)/)
    .map((part) => (part === "*" ? ".*" : part.startsWith(":") ? "[^/]+" : part.replace(/[.+?^${}()|[\]\\]/g, "\\$&")))
    .join("")
  return new RegExp(`^${pattern}${entry.methods ? "/?$" : "(/|$)"}`, "i").test(route.path)
}
