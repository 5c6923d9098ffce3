import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"

/**
 * The header a change's reason travels in: the audit plugin stores it with every entry the
 * request makes (URI-encoded, as a header holds only Latin-1; at most 500 characters kept).
 */
export const REASON_HEADER = "x-kassa-reason"

export const REASON_REQUIRED = "Say why: send the reason for this change in the X-Kassa-Reason header (e.g. \"Supplier's new price list\")"

const reasonText = (raw: string | undefined) => {
  if (!raw) return ""
  try {
    return decodeURIComponent(raw).trim()
  } catch {
    return raw.trim()
  }
}

/**
 * For changes the store wants explained in the product's history (costs, prices, stock rules):
 * a request without a reason of at least 3 characters is a 400 before anything changes.
 */
export function requireChangeReason(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  if (reasonText(req.get(REASON_HEADER)).length < 3) return next(new MedusaError(MedusaError.Types.INVALID_DATA, REASON_REQUIRED))
  next()
}
