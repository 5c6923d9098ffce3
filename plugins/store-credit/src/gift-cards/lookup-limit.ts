import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { GIFT_CARD_MODULE } from "../modules/gift_card"
import type GiftCardModuleService from "../modules/gift_card/service"

const WINDOW_SECONDS = 60
const PER_WINDOW = 20

/**
 * At most 20 gift card lookups a minute from one address, answered 429 with Retry-After after.
 * Codes have 80 random bits, so this is not what keeps them safe: it keeps a script from
 * hammering the route. Counted in Postgres (kassa_gift_card_lookup_window), so several server
 * processes share one count per address rather than each allowing 20.
 */
export async function limitGiftCardLookups(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const key = `store:${req.ip ?? "unknown"}`
  const { count, seconds_left } = await req.scope.resolve<GiftCardModuleService>(GIFT_CARD_MODULE).countLookup(key, WINDOW_SECONDS)
  if (count > PER_WINDOW) {
    res.set("Retry-After", String(Math.max(1, Math.ceil(seconds_left))))
    return res.status(429).json({ type: "not_allowed", code: "too_many_attempts", message: `Too many gift card lookups: at most ${PER_WINDOW} a minute` })
  }
  next()
}
