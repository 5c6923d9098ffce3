import { execFile } from "node:child_process"
import path from "node:path"
import { promisify } from "node:util"
import { validationOf } from "@kassa/core/kit"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { integrationTestRunner } from "../helpers/test-runner"
import { buildCatalog } from "../../src/scripts/demo/catalog"
import { adminHeaders, staffHeaders, TEST_PASSWORD, type Headers } from "../helpers/admin"
import { seedDemoDataOnce } from "../helpers/demo-data"
import { routesIn } from "../helpers/readme-routes"

jest.setTimeout(600000)

const root = path.resolve(__dirname, "../..")
type Operation = { operationId: string; tags: string[]; parameters: { name: string; in: string }[]; requestBody?: { content: { "application/json": { schema: { $ref: string } } } }; security: object[] }
type Doc = { openapi: string; paths: Record<string, Record<string, Operation>>; components: { schemas: Record<string, any>; securitySchemes: Record<string, unknown> } }
type ZodLike = { shape?: Record<string, unknown> } | ((custom?: unknown) => { shape?: Record<string, unknown> })

/** The packages medusa-config.ts loads (as the README routes spec reads them), with their folders. */
function loadedPlugins() {
  let config: { plugins: ({ resolve: string } | string)[] } | undefined
  jest.isolateModules(() => {
    config = require("../../medusa-config")
  })
  return config!.plugins.map((p) => {
    const name = typeof p === "string" ? p : p.resolve
    return { name, api: path.join(path.dirname(require.resolve(`${name}/package.json`, { paths: [root] })), ".medusa/server/src/api") }
  })
}

/** Each plugin's middlewares as Medusa's own loader reads them (the framework does not export it by name). */
async function middlewaresOf(apiDir: string): Promise<{ handler: unknown; matcher: string | RegExp; methods?: string[] }[]> {
  const { MiddlewareFileLoader } = require(path.join(path.dirname(require.resolve("@medusajs/framework/http")), "middleware-file-loader.js"))
  const loader = new MiddlewareFileLoader()
  await loader.scanDir(apiDir)
  return loader.getMiddlewares()
}

const keysOf = (schema: ZodLike) => Object.keys((typeof schema === "function" ? schema() : schema).shape ?? {}).sort()

// The OpenAPI document of Kassa's routes, served from the validators (issue 31 item 4).
integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let owner: Headers
    let mnl: string

    const call = (method: "get" | "post", url: string, who: Headers, body?: unknown) =>
      (method === "post" ? api.post(url, body, who) : api.get(url, who)).catch((e: { response?: { status: number; data: unknown }; message: string }) => {
        if (!e.response) throw new Error(e.message)
        return e.response
      })
    const secretKey = async (title: string, access?: object) => {
      const key = (await call("post", "/admin/api-keys", owner, { title, type: "secret" })).data.api_key as { id: string; token: string }
      if (access) expect((await call("post", `/admin/kassa/api-keys/${key.id}/access`, owner, access)).status).toBe(200)
      return { token: key.token, as: { headers: { authorization: `Basic ${Buffer.from(`${key.token}:`).toString("base64")}` } } }
    }

    seedDemoDataOnce(getContainer)
    beforeEach(async () => {
      const container = getContainer()
      const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "branch", fields: ["code", "stock_location_id"] })
      mnl = (data as { code: string; stock_location_id: string }[]).find((b) => b.code === "MNL")!.stock_location_id
      owner = await adminHeaders(api, container, "owner@example.com")
    })

    it("documents every route file of every loaded plugin, and nothing else, with the schema each validates", async () => {
      const res = await call("get", "/admin/kassa/openapi.json", owner)
      expect(res.status).toBe(200)
      const doc = res.data as Doc
      expect(doc.openapi).toBe("3.1.0")
      expect(Object.keys(doc.components.securitySchemes).sort()).toEqual(["bearer", "publishableKey", "secretApiKey", "session"])

      // Drift: the routes on disk (each built route.js and the methods it exports) are the document's operations.
      const plugins = loadedPlugins()
      const onDisk = plugins.flatMap((p) => routesIn(p.api)).map((r) => `${r.method} ${r.path.replace(/\[([^\]]+)\]/g, "{$1}")}`)
      const documented = Object.entries(doc.paths).flatMap(([p, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${p}`))
      expect(onDisk.length).toBeGreaterThan(200)
      expect(documented.sort()).toEqual([...new Set(onDisk)].sort())

      // Every middleware that validates a body or query: its route documents that schema's fields.
      let checked = 0
      for (const p of plugins) {
        for (const m of await middlewaresOf(p.api)) {
          const validation = validationOf(m.handler)
          // Medusa's own validator (imported from the framework, not core's kit) would go undocumented.
          if (["validateBody", "validateQuery"].includes((m.handler as { name?: string }).name ?? "")) {
            expect([p.name, String(m.matcher), !!validation]).toEqual([p.name, String(m.matcher), true])
          }
          if (!validation) continue
          const route = String(m.matcher).replace(/:([^/]+)/g, "{$1}")
          for (const method of m.methods ?? []) {
            const op = doc.paths[route]?.[method.toLowerCase()]
            expect([`${method} ${route}`, !!op]).toEqual([`${method} ${route}`, true])
            const fields = keysOf(validation.schema as ZodLike)
            if (validation.in === "body") {
              const ref = op.requestBody!.content["application/json"].schema.$ref
              expect(Object.keys(doc.components.schemas[ref.split("/").pop()!].properties ?? {}).sort()).toEqual(fields)
            } else {
              expect(op.parameters.filter((x) => x.in === "query").map((x) => x.name).sort()).toEqual(fields)
            }
            checked++
          }
        }
      }
      expect(checked).toBeGreaterThan(100)

      // A few known schemas: money in pesos within its bounds, quantities whole, ids by prefix, path parameters.
      const checkout = doc.paths["/admin/kassa/pos/tickets/{id}/checkout"].post
      const tender = doc.components.schemas[checkout.requestBody!.content["application/json"].schema.$ref.split("/").pop()!].properties.tenders.items
      expect(tender.properties.amount).toEqual({ type: "number", exclusiveMinimum: 0, maximum: 1_000_000_000 })
      expect(tender.required).toEqual(["method"])
      expect(checkout.parameters).toEqual([{ name: "id", in: "path", required: true, schema: { type: "string" } }])
      expect(checkout.tags).toEqual(["pos"])
      expect(checkout.security).toEqual([{ bearer: [] }, { session: [] }, { secretApiKey: [] }])
      const lines = doc.paths["/admin/kassa/pos/tickets/{id}/lines"].post.requestBody!.content["application/json"].schema.$ref.split("/").pop()!
      expect(doc.components.schemas[lines].properties.quantity).toEqual({ default: 1, type: "integer", minimum: 1, maximum: 999 })
      const sessions = doc.paths["/admin/kassa/pos/drawer-sessions"].get.parameters
      expect(sessions).toContainEqual({ name: "location_id", in: "query", required: true, schema: { type: "string", pattern: "^sloc_[0-9A-Za-z]{1,60}$" } })
      expect(sessions).toContainEqual(expect.objectContaining({ name: "opened_from", schema: { type: "string", format: "date-time" } }))
      // Store routes need the publishable key, and a signed-in customer behind Medusa's authenticate.
      expect(doc.paths["/store/kassa/loyalty"].get.security).toEqual([{ publishableKey: [], bearer: [] }, { publishableKey: [], session: [] }])
      expect(doc.paths["/store/kassa/gift-cards/lookup"].post.security).toEqual([{ publishableKey: [] }])
      // Summaries come from the plugins' README routes tables.
      expect(doc.paths["/admin/kassa/openapi.json"].get).toMatchObject({ tags: ["core"], summary: expect.stringContaining("OpenAPI") })
    })

    it("serves the document to any staff member and to keys with access; a cashier's key is refused a manager's route", async () => {
      const cashierKey = await secretKey("Shop floor", { roles: ["Cashier"], branch_ids: [mnl] })
      expect((await call("get", "/admin/kassa/openapi.json", cashierKey.as)).status).toBe(200)
      const managers = await call("post", `/admin/kassa/branches/${mnl}/registers`, cashierKey.as, { name: "Counter 9", code: "R9" })
      expect([managers.status, managers.data.message]).toEqual([403, "Missing policy branch:manage"])
      const none = await secretKey("No role yet")
      expect((await call("get", "/admin/kassa/openapi.json", none.as)).status).toBe(403)
      expect((await api.get("/admin/kassa/openapi.json").catch((e) => e.response)).status).toBe(401)
    })

    it("runs the js-sdk example: an installment sale at the counter, its receipt found, its plan read", async () => {
      const container = getContainer()
      const sku = buildCatalog().filter((p) => p.category === "Accessories")[0].variants[0].sku
      const [item] = await container.resolve(Modules.INVENTORY).listInventoryItems({ sku })
      await container.resolve(Modules.INVENTORY).updateInventoryLevels([{ inventory_item_id: item.id, location_id: mnl, stocked_quantity: 5 }])
      const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "product_variant", fields: ["barcode"], filters: { sku } })
      // The seller signs in as staff (the counter records who sold); the key reads as a Manila manager.
      await staffHeaders(api, container, "manager.mnl@example.com", { roles: ["Manager"], branch_ids: [mnl] })
      const reader = await secretKey("Example", { roles: ["Manager"], branch_ids: [mnl] })

      const { stdout } = await promisify(execFile)(path.join(root, "node_modules/.bin/ts-node"), ["--transpile-only", "examples/js-sdk/counter-sale.ts"], {
        cwd: root,
        env: {
          ...process.env,
          KASSA_URL: api.defaults.baseURL,
          KASSA_EMAIL: "manager.mnl@example.com",
          KASSA_PASSWORD: TEST_PASSWORD,
          KASSA_API_KEY: reader.token,
          KASSA_LOCATION_ID: mnl,
          KASSA_ITEM: (data[0] as { barcode: string }).barcode,
        },
      }).catch((e: Error & { stderr?: string }) => {
        throw new Error(`example failed: ${e.stderr || e.message}`)
      })
      const out = JSON.parse(stdout.trim().split("\n").pop()!)
      expect(out.receipt_number).toMatch(/^MNL-\d{6}-\d{6}$/)
      expect(out.found).toEqual([out.order_id])
      expect(out.plan).toMatchObject({ status: "pending_approval", installments: 6 })
      expect(Number(out.plan.amount_financed)).toBeGreaterThan(0)
    })
  },
})
