import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { DecisionType } from "../../../validators"
import { decide } from "../decide"

/** Rejects an application: the sale is canceled, the down payment refunded, the stock restored. */
export const POST = (req: AuthenticatedMedusaRequest<DecisionType>, res: MedusaResponse) => decide(req, res, "reject")
