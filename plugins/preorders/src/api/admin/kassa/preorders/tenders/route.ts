import { moneyTendersAt } from "@kassa/pos/kit"
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { TendersQueryType } from "../validators"

/** The money tenders a branch takes for a pre-order's payments (cash, card and its own methods): what the admin and the counter offer. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { location_id } = req.validatedQuery as TendersQueryType
  const tenders = await moneyTendersAt(req.scope, location_id)
  res.json({ tenders: tenders.map(({ id, label }) => ({ id, label })) })
}
