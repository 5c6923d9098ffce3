import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { STORE_CREDIT_MODULE } from "../../../../modules/store_credit"
import type StoreCreditModuleService from "../../../../modules/store_credit/service"

/** The signed-in customer's store credit: balance, earliest expiry and history (without staff ids). */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const service: StoreCreditModuleService = req.scope.resolve(STORE_CREDIT_MODULE)
  const accounts = await service.statements(req.auth_context.actor_id)
  res.json({
    accounts: accounts.map((a) => ({ ...a, transactions: a.transactions.map(({ actor_id: _actor, ...t }) => t) })),
  })
}
