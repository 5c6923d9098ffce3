import { visibleBranches } from "@kassa/core/kit"
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { customerReceipts } from "../../../../../../../history/customer-history"
import { customerOr404 } from "../customer-or-404"
import type { RecentCustomerReceiptsType } from "../../validators"

/**
 * The counter's customer panel: the attached customer's last receipts at the branches the
 * cashier works at (`location_id` is the counter's, where the guard checks they sell).
 */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, RecentCustomerReceiptsType>, res: MedusaResponse) => {
  const customerId = await customerOr404(req)
  const { receipts } = await customerReceipts(req.scope, customerId, await visibleBranches(req), { offset: 0, limit: req.validatedQuery.limit })
  res.json({ receipts })
}
