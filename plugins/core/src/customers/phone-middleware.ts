import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { normalizePhone } from "./phone"

/**
 * Medusa's admin customer form takes any text as a phone. Kassa stores phones in E.164 (core's
 * hooks on Medusa's customer workflows rewrite them), so a phone that cannot be read is refused
 * here with the reason, before anything is written; an empty one stays allowed (no phone).
 */
export function refuseUnreadablePhone(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const phone = (req.body as { phone?: unknown } | undefined)?.phone
  if (typeof phone !== "string" || phone.trim() === "") return next()
  try {
    normalizePhone(phone)
  } catch (e) {
    return void res.status(400).json({ type: "invalid_data", message: `phone: ${(e as Error).message}` })
  }
  next()
}
