import { visibleBranches } from "@kassa/core/kit"
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { customerReceipts } from "../../../../../../../history/customer-history"
import { customerOr404 } from "../customer-or-404"
import type { CustomerReceiptsType } from "../../validators"

/** Every receipt of a customer (counter and web), newest first, a page at a time, at the caller's branches. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, CustomerReceiptsType>, res: MedusaResponse) => {
  const customerId = await customerOr404(req)
  const { offset, limit } = req.validatedQuery
  const { receipts, count } = await customerReceipts(req.scope, customerId, await visibleBranches(req), { offset, limit })
  res.json({ receipts, count, offset, limit })
}
