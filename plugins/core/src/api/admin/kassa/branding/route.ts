import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { logoFor, storeLogoId } from "../../../../branding/logo"

/** The store's logo, and each visible branch's logo as printed (its own or the store's). */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const location = typeof req.query.location_id === "string" ? req.query.location_id : null
  const store = (await storeLogoId(req.scope)) ? await logoFor(req.scope, null) : null
  res.json({ store_logo: store, ...(location ? { branch_logo: await logoFor(req.scope, location) } : {}) })
}
