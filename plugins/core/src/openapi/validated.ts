import {
  validateAndTransformBody as medusaValidateBody,
  validateAndTransformQuery as medusaValidateQuery,
} from "@medusajs/framework/http"

/** What a route's validation middleware checks: where the input is, and the zod schema it parses. */
export type Validation = {
  in: "body" | "query"
  schema: Parameters<typeof medusaValidateBody>[0]
}

// A registry symbol, so that every copy of this module reads what any copy wrote.
const VALIDATION = Symbol.for("kassa.openapi.validation")

const marked = <F extends object>(middleware: F, validation: Validation): F =>
  Object.defineProperty(middleware, VALIDATION, { value: validation, enumerable: false })

/**
 * Medusa's validateAndTransformBody, with its schema kept on the middleware it returns, so the
 * OpenAPI document is built from the very schema each request is checked against.
 */
export const validateAndTransformBody: typeof medusaValidateBody = (schema) =>
  marked(medusaValidateBody(schema), { in: "body", schema })

/** Medusa's validateAndTransformQuery, with its schema kept on the middleware (see above). */
export const validateAndTransformQuery: typeof medusaValidateQuery = (schema, queryConfig) =>
  marked(medusaValidateQuery(schema, queryConfig), { in: "query", schema })

/** The validation a middleware made by the functions above carries, if any. */
export function validationOf(middleware: unknown): Validation | undefined {
  return typeof middleware === "function" ? (middleware as unknown as Record<symbol, Validation>)[VALIDATION] : undefined
}
