import { errorHandler } from "@medusajs/framework/http"
import type { MedusaErrorHandlerFunction } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { malformed } from "../access/route-path"

const medusaErrors = errorHandler()

/** Every 409 Kassa answers, from any plugin's route or workflow: what conflicted, in words. */
export type ConflictBody = { type: "conflict"; message: string; code?: string }

/**
 * Medusa's error handler with two changes, for every route (Medusa's own too):
 * - a MedusaError CONFLICT keeps its message: Medusa's handler replaces it with "The request
 *   conflicted with another request…", and a cashier needs to read *what* conflicted (out of
 *   stock at which branch, a drawer already open, a key used for another checkout);
 * - Express's failure to decode a route parameter (a lone "%") is a URIError with status 400 in
 *   a shape Medusa's handler does not read, so it answered 500. Express raises it while matching,
 *   before any middleware runs, so only the error handler sees it.
 */
export const kassaErrorHandler: MedusaErrorHandlerFunction = (err, req, res, next) => {
  const error = err as MedusaError | undefined
  if (error?.type === MedusaError.Types.CONFLICT) {
    req.scope?.resolve(ContainerRegistrationKeys.LOGGER).info(error.message)
    const body: ConflictBody = { type: "conflict", message: error.message, ...(error.code ? { code: error.code } : {}) }
    res.status(409).json(body)
    return
  }
  return medusaErrors(err instanceof URIError ? malformed(req.path) : err, req, res, next)
}
