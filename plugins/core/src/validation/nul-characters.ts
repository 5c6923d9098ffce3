import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"

export const NUL_REFUSED = "Text may not contain the NUL character (\\u0000)"

/** Whether a value (a string, or any key or string inside arrays and objects) holds a NUL character. */
export function containsNul(value: unknown, depth = 0): boolean {
  if (typeof value === "string") return value.includes("\u0000")
  if (!value || typeof value !== "object" || depth > 50) return false
  return Object.entries(value).some(([k, v]) => k.includes("\u0000") || containsNul(v, depth + 1))
}

function pathHasNul(path: string) {
  try {
    return decodeURIComponent(path).includes("\u0000")
  } catch {
    return false // malformed percent-encoding: the error handler (kassaErrorHandler) gives it its 400
  }
}

/**
 * PostgreSQL cannot hold a NUL character in text, and one inlined into a query ends the query
 * text early, which broke the connection and answered 500. No Kassa or Medusa field takes one,
 * so a path, query or body with a NUL anywhere is a 400 before any lookup.
 */
export function refuseNulCharacters(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  if (pathHasNul(req.path) || containsNul(req.query) || containsNul(req.body)) {
    return next(new MedusaError(MedusaError.Types.INVALID_DATA, NUL_REFUSED))
  }
  next()
}
