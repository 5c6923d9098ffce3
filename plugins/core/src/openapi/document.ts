import fs from "node:fs"
import type { MedusaContainer } from "@medusajs/framework/types"
import { z } from "@medusajs/framework/zod"
import { getPlugin } from "../access/registry"
import { entryApplies, loadedPluginApis, type ApiRoute, type PluginApi } from "./api-surface"
import { jsdocSummary, readmeSummaries, routeKey } from "./summaries"
import { validationOf, type Validation } from "./validated"

type JsonSchema = Record<string, unknown>
type Operation = Record<string, unknown>
export type OpenApiDocument = {
  openapi: "3.1.0"
  info: { title: string; version: string; description: string }
  tags: { name: string; description?: string }[]
  paths: Record<string, Record<string, Operation>>
  components: { schemas: Record<string, JsonSchema>; securitySchemes: Record<string, JsonSchema>; responses: Record<string, JsonSchema> }
}

const ADMIN_SECURITY = [{ bearer: [] }, { session: [] }, { secretApiKey: [] }]
const STORE_KEY = { publishableKey: [] }

/** A zod schema as JSON Schema 2020-12 (OpenAPI 3.1's dialect): what a client sends, refinements aside. */
export function jsonSchemaOf(schema: Validation["schema"]): JsonSchema {
  const zod = typeof schema === "function" ? schema() : schema
  const json = z.toJSONSchema(zod, {
    target: "draft-2020-12",
    io: "input",
    unrepresentable: "any",
    // Dates arrive as text (z.coerce.date() on a query or body).
    override: ({ zodSchema, jsonSchema }) => {
      if ((zodSchema as { _zod?: { def?: { type?: string } } })._zod?.def?.type === "date") Object.assign(jsonSchema, { type: "string", format: "date-time" })
    },
  }) as JsonSchema
  delete json.$schema
  return json
}

const operationId = (method: string, path: string) =>
  method.toLowerCase() +
  path
    .split(/[/_.-]+/)
    .filter(Boolean)
    .map((s) => (s.startsWith(":") ? `By${s[1].toUpperCase()}${s.slice(2)}` : s[0].toUpperCase() + s.slice(1)))
    .join("")
    .replace(/_(\w)/g, (_, c: string) => c.toUpperCase())

/** Builds the document: every loaded plugin's routes, with the schemas of the middlewares that validate them. */
export async function buildOpenApiDocument(container: MedusaContainer): Promise<OpenApiDocument> {
  const plugins = await loadedPluginApis(container)
  const entries = plugins.flatMap((p) => p.middlewares)
  const doc: OpenApiDocument = {
    openapi: "3.1.0",
    info: {
      title: "Kassa API",
      version: plugins.find((p) => __dirname.startsWith(p.dir))?.version ?? "0.0.0",
      description:
        "Kassa's routes under /admin/kassa and /store/kassa, from the plugins this server loads. Request schemas are the zod validators " +
        "the server checks each request with; responses are described only where a route declares them. Medusa's own routes: https://docs.medusajs.com/api/admin",
    },
    tags: [],
    paths: {},
    components: {
      schemas: {},
      securitySchemes: {
        bearer: { type: "http", scheme: "bearer", bearerFormat: "JWT", description: "A token from POST /auth/user/emailpass (staff) or /auth/customer/emailpass (store customers)" },
        session: { type: "apiKey", in: "cookie", name: "connect.sid", description: "The cookie from POST /auth/session" },
        secretApiKey: { type: "http", scheme: "basic", description: "A secret API key (sk_…) as the user name, no password; it needs a role (POST /admin/kassa/api-keys/:id/access)" },
        publishableKey: { type: "apiKey", in: "header", name: "x-publishable-api-key", description: "A publishable API key (pk_…), required on every /store route" },
      },
      responses: {
        Error: {
          description: "Refused: 400 invalid input, 401 not signed in, 403 a missing policy or branch, 404 not found, 409 a conflict, 429 too many attempts",
          content: { "application/json": { schema: { type: "object", properties: { type: { type: "string" }, message: { type: "string" } }, required: ["message"] } } },
        },
      },
    },
  }
  const named = new WeakMap<object, string>()
  const component = (schema: Validation["schema"], name: string) => {
    const existing = named.get(schema)
    if (existing) return { $ref: `#/components/schemas/${existing}` }
    named.set(schema, name)
    doc.components.schemas[name] = jsonSchemaOf(schema)
    return { $ref: `#/components/schemas/${name}` }
  }

  for (const plugin of plugins) {
    if (!plugin.routes.length) continue
    const registered = getPlugin(plugin.id)
    doc.tags.push({ name: plugin.id, ...(registered ? { description: `${registered.name}: ${registered.description}` } : {}) })
    const summaries = readmeSummaries(plugin.readme)
    for (const route of plugin.routes) {
      const id = operationId(route.method, route.path)
      const validations = entries.filter((e) => entryApplies(e, route)).flatMap((e) => validationOf(e.middleware) ?? [])
      const body = validations.filter((v) => v.in === "body").pop()
      const query = validations.filter((v) => v.in === "query").pop()
      const openApiPath = route.path.replace(/:([^/]+)/g, "{$1}")
      doc.paths[openApiPath] ??= {}
      doc.paths[openApiPath][route.method.toLowerCase()] = {
        operationId: id,
        tags: [plugin.id],
        ...describe(route, summaries.get(routeKey(route.method, route.path))),
        parameters: [...pathParameters(route.path), ...(query ? queryParameters(component(query.schema, `${id[0].toUpperCase()}${id.slice(1)}Query`)) : [])],
        ...(body ? { requestBody: { required: true, content: { "application/json": { schema: component(body.schema, `${id[0].toUpperCase()}${id.slice(1)}Body`) } } } } : {}),
        responses: {
          "200": { description: "OK", content: { "application/json": { schema: responseSchema(route) } } },
          "4XX": { $ref: "#/components/responses/Error" },
        },
        security: route.path.startsWith("/store") ? storeSecurity(plugin, route) : ADMIN_SECURITY,
      }
    }
  }
  return doc

  /** A query schema's top-level properties as query parameters (its component keeps the whole schema). */
  function queryParameters(ref: { $ref: string }) {
    const schema = doc.components.schemas[ref.$ref.split("/").pop()!] as { properties?: Record<string, JsonSchema>; required?: string[] }
    return Object.entries(schema.properties ?? {}).map(([name, property]) => ({
      name,
      in: "query",
      required: schema.required?.includes(name) ?? false,
      schema: property,
    }))
  }
}

function describe(route: ApiRoute, fromReadme: string | undefined) {
  const text = fromReadme ?? jsdocSummary(fs.readFileSync(route.file, "utf8"), route.method)
  if (!text) return {}
  const summary = text.replace(/`/g, "").split(/ \(|; |: /)[0]
  return { summary: summary.length > 120 ? `${summary.slice(0, 117)}…` : summary, description: text }
}

const pathParameters = (path: string) =>
  [...path.matchAll(/:([^/]+)/g)].map((m) => ({ name: m[1], in: "path", required: true, schema: { type: "string" } }))

/** A route that exports `responseSchema` (zod) is described by it; every other answers some JSON object. */
function responseSchema(route: ApiRoute): JsonSchema {
  const declared = route.exports.responseSchema
  return declared && typeof declared === "object" ? jsonSchemaOf(declared as Validation["schema"]) : { type: "object" }
}

/** Every /store route needs a publishable key; those behind Medusa's `authenticate` a signed-in customer too. */
function storeSecurity(plugin: PluginApi, route: ApiRoute) {
  const customer = plugin.middlewares.some((e) => entryApplies(e, route) && (e.middleware as Function)?.name === "authenticateMiddleware")
  return customer ? [{ ...STORE_KEY, bearer: [] }, { ...STORE_KEY, session: [] }] : [STORE_KEY]
}
