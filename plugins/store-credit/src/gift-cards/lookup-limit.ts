import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"

const WINDOW_MS = 60_000
const PER_WINDOW = 20
const seen = new Map<string, { since: number; count: number }>()

/**
 * At most 20 gift card lookups a minute from one address, answered 429 with Retry-After after.
 * Codes have 80 random bits, so this is not what keeps them safe: it keeps a script from
 * hammering the route. Counted in this process (several servers each allow as many).
 */
export function limitGiftCardLookups(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const now = Date.now()
  const key = req.ip ?? "unknown"
  let window = seen.get(key)
  if (!window || now - window.since >= WINDOW_MS) {
    // Forget the windows that have ended, so the map holds only the last minute's callers.
    for (const [k, w] of seen) if (now - w.since >= WINDOW_MS) seen.delete(k)
    window = { since: now, count: 0 }
    seen.set(key, window)
  }
  if (++window.count > PER_WINDOW) {
    res.set("Retry-After", String(Math.ceil((window.since + WINDOW_MS - now) / 1000)))
    return res.status(429).json({ type: "not_allowed", code: "too_many_attempts", message: `Too many gift card lookups: at most ${PER_WINDOW} a minute` })
  }
  next()
}
