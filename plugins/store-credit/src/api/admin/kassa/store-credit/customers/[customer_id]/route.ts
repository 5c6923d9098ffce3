import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { STORE_CREDIT_MODULE } from "../../../../../../modules/store_credit"
import type StoreCreditModuleService from "../../../../../../modules/store_credit/service"

/** The customer's store credit: an account per currency with its balance and full history. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const service: StoreCreditModuleService = req.scope.resolve(STORE_CREDIT_MODULE)
  res.json({ customer_id: req.params.customer_id, accounts: await service.statements(req.params.customer_id) })
}
