import { visibleBranches } from "@kassa/core/kit"
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { customerHistory } from "../../../../../../../history/customer-history"
import { customerOr404 } from "../customer-or-404"

/**
 * A customer's figures (spend per currency, visits, average basket, last purchase, favourite
 * branch, top products), summed in SQL over the orders of the branches the caller may see.
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const customerId = await customerOr404(req)
  res.json({ history: await customerHistory(req.scope, customerId, await visibleBranches(req)) })
}
