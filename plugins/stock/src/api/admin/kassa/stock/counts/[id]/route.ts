import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { countView } from "../count-view"

/** The count sheet: each line's system and counted quantity, variance and its value at cost. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ stock_count: await countView(req.scope, req.params.id) })
}
