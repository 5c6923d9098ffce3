import { AsyncLocalStorage } from "node:async_hooks"
import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"

/** The `code` a refused attempt carries; Medusa's error handler has no 429 of its own. */
export const TOO_MANY_ATTEMPTS = "too_many_attempts"

type Pending = { retry_after?: number }
const pending = new AsyncLocalStorage<Pending>()

/** Whole seconds until `until`, at least one (Retry-After takes seconds). */
export const secondsUntil = (until: Date) => Math.max(1, Math.ceil((until.getTime() - Date.now()) / 1000))

/**
 * The error for a locked sign-in or PIN, thrown from a route or a workflow step alike. Medusa
 * would answer it 400 (NOT_ALLOWED); `answerTooManyAttempts` turns it into 429 with Retry-After,
 * the seconds noted here in the request's async context because the error handler passes on
 * only the message and code.
 */
export function tooManyAttempts(message: string, until: Date) {
  const request = pending.getStore()
  if (request) request.retry_after = secondsUntil(until)
  return new MedusaError(MedusaError.Types.NOT_ALLOWED, message, TOO_MANY_ATTEMPTS)
}

/** Around every /admin and /auth request: a too-many-attempts error leaves as 429 with Retry-After. */
export function answerTooManyAttempts(_req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const request: Pending = {}
  const send = res.json.bind(res)
  res.json = ((body: unknown) => {
    if ((body as { code?: unknown } | null)?.code === TOO_MANY_ATTEMPTS) {
      res.status(429)
      if (request.retry_after) res.set("Retry-After", String(request.retry_after))
    }
    return send(body)
  }) as MedusaResponse["json"]
  pending.run(request, next)
}
