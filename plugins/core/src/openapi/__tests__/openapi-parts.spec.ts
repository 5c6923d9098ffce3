import { z } from "@medusajs/framework/zod"
import { entryApplies } from "../api-surface"
import { jsonSchemaOf } from "../document"
import { jsdocSummary, readmeSummaries, routeKey } from "../summaries"
import { validateAndTransformBody, validationOf } from "../validated"

describe("the OpenAPI document's parts", () => {
  it("reads READMEs' routes tables, two and three columns, escaped pipes, several routes a row", () => {
    const readme = [
      "| route | what |",
      "|---|---|",
      "| `GET /admin/kassa/x`, `POST /admin/kassa/x/:id` | the x (`{a \\| b}`) |",
      "| `POST /admin/kassa/y/:id/close` | `y:update` | closes it |",
      "| `GET /admin/kassa/z?location_id&q` | finds z |",
    ].join("\n")
    const found = readmeSummaries(readme)
    expect(found.get(routeKey("GET", "/admin/kassa/x"))).toBe("the x (`{a | b}`)")
    expect(found.get(routeKey("POST", "/admin/kassa/x/:other"))).toBe("the x (`{a | b}`)")
    expect(found.get(routeKey("POST", "/admin/kassa/y/:id/close"))).toBe("closes it (`y:update`)")
    expect(found.get(routeKey("GET", "/admin/kassa/z"))).toBe("finds z")
  })

  it("falls back on the JSDoc right above the compiled handler", () => {
    const source = '/** Not this one. */\nconst x = 1;\n/**\n * Lists the things\n * of a branch.\n */\nconst GET = async (req, res) => {};\nexports.GET = GET;'
    expect(jsdocSummary(source, "GET")).toBe("Lists the things of a branch.")
    expect(jsdocSummary(source, "POST")).toBeUndefined()
  })

  it("applies a middleware entry as Express mounts it: a route with methods, a prefix without", () => {
    const route = { method: "POST", path: "/admin/kassa/pos/tickets/:id/lines" }
    expect(entryApplies({ matcher: "/admin/kassa/pos/tickets/:ticket/lines", methods: ["POST"], middleware: null }, route)).toBe(true)
    expect(entryApplies({ matcher: "/admin/kassa/pos/tickets/:id/lines", methods: ["GET"], middleware: null }, route)).toBe(false)
    expect(entryApplies({ matcher: "/admin/kassa/pos/tickets/:id", methods: ["POST"], middleware: null }, route)).toBe(false)
    expect(entryApplies({ matcher: "/admin/kassa/pos", middleware: null }, route)).toBe(true)
    expect(entryApplies({ matcher: "/admin/kassa/po", middleware: null }, route)).toBe(false)
    expect(entryApplies({ matcher: "/admin/kassa/pos/tickets*", methods: ["POST"], middleware: null }, route)).toBe(true)
  })

  it("keeps the schema on Medusa's validator, and turns it into what a client sends", () => {
    const schema = z.object({
      amount: z.number().gt(0).max(100).refine((v) => v !== 13, "not 13"),
      count: z.coerce.number().int().min(1).default(1),
      at: z.coerce.date().optional(),
      code: z.string().transform((s) => s.toUpperCase()),
    })
    const middleware = validateAndTransformBody(schema)
    expect(validationOf(middleware)).toEqual({ in: "body", schema })
    expect(Object.keys(middleware)).toEqual([])
    expect(validationOf(() => undefined)).toBeUndefined()
    expect(jsonSchemaOf(schema)).toEqual({
      type: "object",
      properties: {
        amount: { type: "number", exclusiveMinimum: 0, maximum: 100 },
        count: { type: "integer", minimum: 1, maximum: Number.MAX_SAFE_INTEGER, default: 1 },
        at: { type: "string", format: "date-time" },
        code: { type: "string" },
      },
      required: ["amount", "code"],
    })
  })
})
