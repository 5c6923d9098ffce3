import path from "node:path"
import type { seededRandom } from "../../src/scripts/demo/random"

/** The seeded generator the demo data uses: the same requests on every run, so a failure can be replayed. */
type Random = ReturnType<typeof seededRandom>

/** A seed per route and method, so adding a route does not change the requests of the others. */
export const seedOf = (text: string) => [...text].reduce((h, c) => (Math.imul(h, 31) + c.charCodeAt(0)) >>> 0, 7)

// Values no Kassa field takes, by class. A body of one class gives every field a value of that
// class, so each field meets each class on each route.
export const VALUE_CLASSES = {
  "wrong types": [true, false, null, 42, [[[]]], ["sloc_x", "sloc_y"], "true"],
  extremes: [-1, 0, 1e308, -1e308, 2 ** 63, 1e15, -0.001, 0.001, 5e-324, "1e308", "-0", "NaN", "Infinity"],
  // (No NUL here: core refuses a request with one before any validator, so it gets requests of its own.)
  "odd strings": ["", " ", "%", "\u0007\uffff", "\ud800", "𝟘𝟙𝟚 ＡＢＣ \u202e", "<script>alert(1)</script>", "' or 1=1 --", "../../etc/passwd", "0x10"],
  nesting: [{ $gt: "" }, { a: { b: { c: { d: [1, { e: "f" }] } } } }, [{ a: 1 }], JSON.parse('{"__proto__":{"admin":true}}'), { length: 1e9 }],
  // One field of the body gets the huge string; the rest long ones, so the body stays under the
  // JSON parser's 100 kB limit and reaches the validators.
  "huge strings": ["y".repeat(300), "9".repeat(300), "é".repeat(150)],
} as const
export type ValueClass = keyof typeof VALUE_CLASSES
export const HUGE = "x".repeat(40_000)

/** Field names the bodies use where the route's schema is not known (no validator was reached). */
export const FIELDS = [
  "location_id", "register_id", "order_id", "variant_id", "customer_id", "staff_id", "item_id", "code", "q", "quantity",
  "amount", "tendered", "opening_float", "counted_cash", "price", "down_payment", "note", "reason", "reference", "issue",
  "serial_number", "new_serial", "email", "phone", "first_name", "name", "pin", "status", "type", "method", "discount",
  "denominations", "tenders", "items", "return_items", "new_items", "refund", "payment", "costs", "policies", "roles",
  "term_months", "limit", "offset", "format", "layout", "enabled", "plugin", "disposal_status", "data",
]

/** The shape of a zod schema as the fuzz fills it: objects by key, arrays by element, anything else a leaf. */
export type Shape = { [key: string]: Shape } | [Shape] | null

type ZodLike = { _zod?: { def: Record<string, unknown> & { type: string } } }
export function shapeOf(schema: unknown, depth = 0): Shape {
  const def = (schema as ZodLike)?._zod?.def
  if (!def || depth > 6) return null
  switch (def.type) {
    case "optional":
    case "nullable":
    case "default":
    case "prefault":
    case "catch":
    case "readonly":
    case "nonoptional":
      return shapeOf(def.innerType, depth + 1)
    case "pipe":
      return shapeOf(def.in, depth + 1)
    case "object":
      return Object.fromEntries(Object.entries(def.shape as Record<string, unknown>).map(([k, v]) => [k, shapeOf(v, depth + 1)]))
    case "array":
      return [shapeOf(def.element, depth + 1)]
    case "union": {
      const options = (def.options as unknown[]).map((o) => shapeOf(o, depth + 1))
      return options.find((o) => o !== null && !Array.isArray(o)) ?? options.find((o) => o !== null) ?? null
    }
    default:
      return null
  }
}

/**
 * Records the schema of every request body and query Medusa's validators check, through the
 * framework's own `zodValidator` (both validateAndTransformBody and validateAndTransformQuery call
 * it). Call it at the top of a spec: the runner boots the app afterwards. `last()` is the shape
 * the latest request was checked against, then forgets it.
 */
export function recordValidatedShapes() {
  // The framework's package does not export its zod helpers by name: they sit beside its http folder.
  const helpers = require(path.join(path.dirname(require.resolve("@medusajs/framework/http")), "../zod/zod-helpers.js"))
  const validate = helpers.zodValidator
  let latest: Shape | undefined
  helpers.zodValidator = (schema: unknown, input: unknown) => {
    latest = shapeOf(schema)
    return validate(schema, input)
  }
  return {
    last: () => {
      const shape = latest
      latest = undefined
      return shape
    },
  }
}

/**
 * A body of one class of bad values for a known shape: leaves get values of the class, arrays
 * two nasty elements, objects their keys; `fixed` keys keep their (real) values so that a guard
 * that looks a record up lets the request through to the validator.
 */
export function fill(shape: Shape, cls: readonly unknown[], rnd: Random, fixed: Record<string, unknown> = {}): unknown {
  if (shape === null) return rnd.pick(cls)
  if (Array.isArray(shape)) return [fill(shape[0], cls, rnd), fill(shape[0], cls, rnd)]
  return Object.fromEntries(Object.entries(shape).map(([k, s]) => [k, k in fixed ? fixed[k] : fill(s, cls, rnd)]))
}

/** Puts the one huge string into a random string leaf of a body (or its first key). */
export function withHuge(body: unknown, rnd: Random): unknown {
  if (!body || typeof body !== "object" || Array.isArray(body)) return body
  const keys = Object.keys(body)
  return keys.length ? { ...(body as object), [rnd.pick(keys)]: HUGE } : body
}

// Query values, already percent-encoded: wrong types, extremes, odd encodings (overlong UTF-8,
// an emoji and a right-to-left override, a double-encoded percent), injection, long text.
export const QUERY_VALUES = [
  "-1", "0", "1e308", "-1e308", "NaN", "0x10", "abc", "true", "", "%07", "%C0%AE%C0%AE", "%F0%9F%98%80%E2%80%AE", "%2525",
  "%27%20or%201%3D1%20--", "not-a-date", "2026-02-30", "y".repeat(600),
]
// Query shapes a scalar never has: arrays, objects, operators, nesting.
export const QUERY_SHAPES = [(k: string, v: string) => `${k}[]=${v}&${k}[]=${v}`, (k: string, v: string) => `${k}[a]=${v}`, (k: string) => `${k}[$ne]=x`, (k: string, v: string) => `${k}[0][b][c]=${v}`]

/** A query giving each key of a shape a nasty value, sometimes in a nasty shape. */
export function queryFor(keys: string[], rnd: Random, fixed: Record<string, string> = {}) {
  return keys
    .map((k) => (k in fixed ? `${k}=${fixed[k]}` : rnd.next() < 0.35 ? rnd.pick(QUERY_SHAPES)(k, rnd.pick(QUERY_VALUES)) : `${k}=${rnd.pick(QUERY_VALUES)}`))
    .join("&")
}

// Path parameters: a double-encoded percent and slash, a NUL, overlong UTF-8 (not decodable), an
// emoji with a right-to-left override, a huge one. Each goes into one parameter, the others stay real.
export const PARAMS = ["%2525%252F..", "a%00", "%C0%AE%C0%AE", "%F0%9F%98%80%E2%80%AEtrue", "x".repeat(3000)]
