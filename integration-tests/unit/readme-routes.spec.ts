import fs from "node:fs"
import path from "node:path"
import { documentedRoutes, loadedRoutes, matches, readmes } from "../helpers/readme-routes"

const root = path.resolve(__dirname, "../..")

/** The Kassa plugins medusa-config.ts loads, read as the medusa-config spec reads it. */
function configuredPlugins(): string[] {
  let config: { plugins: ({ resolve: string } | string)[] } | undefined
  jest.isolateModules(() => {
    config = require("../../medusa-config")
  })
  return config!.plugins.map((p) => (typeof p === "string" ? p : p.resolve))
}

describe("README routes", () => {
  const loaded = loadedRoutes(configuredPlugins())

  it("every GET, POST or DELETE route a README names is a route the app loads", () => {
    const files = readmes()
    expect(files).toContain("README.md")
    const missing = files.flatMap((file) =>
      documentedRoutes(fs.readFileSync(path.join(root, file), "utf8"))
        .filter((doc) => !loaded.some((route) => matches(doc, route)))
        .map((doc) => `${file}: ${doc.method} ${doc.path}`)
    )
    expect(missing).toEqual([])
  })

  it("finds the plugins' routes and Medusa's, and not a route whose method the file lacks", () => {
    const has = (method: string, p: string) => loaded.some((route) => matches({ method, path: p }, route))
    expect(has("GET", "/admin/kassa/me")).toBe(true)
    expect(has("POST", "/admin/kassa/branches/:location_id/registers")).toBe(true)
    expect(has("GET", "/admin/products/:id")).toBe(true)
    // The route once documented that answered 404: the folder exists with POST only.
    expect(has("GET", "/admin/kassa/branches/:id/registers")).toBe(false)
    expect(has("GET", "/admin/kassa/no-such-route")).toBe(false)
  })

  it("reads a method and path out of prose and tables, without query strings or trailing punctuation", () => {
    const text = "Call `GET /admin/kassa/pos/scan?location_id=&code=`, then POST /store/kassa/x/:id. | DELETE /admin/kassa/roles/:id |"
    expect(documentedRoutes(text)).toEqual([
      { method: "GET", path: "/admin/kassa/pos/scan" },
      { method: "POST", path: "/store/kassa/x/:id" },
      { method: "DELETE", path: "/admin/kassa/roles/:id" },
    ])
  })
})
