import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { toCentavos } from "../../../../../../../ledger/money"
import { STORE_CREDIT_MODULE } from "../../../../../../../modules/store_credit"
import type StoreCreditModuleService from "../../../../../../../modules/store_credit/service"
import { issueStoreCreditWorkflow } from "../../../../../../../workflows/credits"
import { defaultCurrency, defaultExpiry } from "../../../../../../../ledger/defaults"
import type { IssueCreditType } from "../../../validators"

/** Issues store credit to the customer; answers the new entry and the customer's accounts. */
export const POST = async (req: AuthenticatedMedusaRequest<IssueCreditType>, res: MedusaResponse) => {
  const body = req.validatedBody
  const { result } = await issueStoreCreditWorkflow(req.scope).run({
    input: {
      customer_id: req.params.customer_id,
      currency_code: (body.currency_code ?? (await defaultCurrency(req.scope))).toLowerCase(),
      amount: toCentavos(body.amount),
      reason: body.reason,
      expires_at: body.expires_at === undefined ? ((await defaultExpiry(req.scope, new Date()))?.toISOString() ?? null) : body.expires_at,
      stock_location_id: body.location_id,
      actor_id: req.auth_context.actor_id,
    },
  })
  const service: StoreCreditModuleService = req.scope.resolve(STORE_CREDIT_MODULE)
  res.status(201).json({ transaction: result, accounts: await service.statements(req.params.customer_id) })
}
