import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { eventCatalogue } from "../../../../../delivery/catalogue"

/** The events a subscription may name: Medusa's offered ones and those Kassa's plugins declare. */
export const GET = async (_req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ events: eventCatalogue() })
}
