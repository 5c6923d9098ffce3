import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { decimal, toCentavos } from "../../../../../../ledger/money"
import { STORE_CREDIT_MODULE } from "../../../../../../modules/store_credit"
import type StoreCreditModuleService from "../../../../../../modules/store_credit/service"

/**
 * Store credit on an order: `used` is what its payments took, `given_back` what came back for it
 * (a void's reversals, credit refunded for it), with the entries themselves.
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const entries = await req.scope.resolve<StoreCreditModuleService>(STORE_CREDIT_MODULE).entriesOfOrder(req.params.order_id)
  const sum = (keep: (c: number) => boolean) => decimal(entries.map((e) => toCentavos(e.amount)).filter(keep).reduce((a, c) => a + Math.abs(c), 0))
  res.json({
    order_id: req.params.order_id,
    currency_code: entries[0]?.currency_code ?? null,
    used: sum((c) => c < 0),
    given_back: sum((c) => c > 0),
    transactions: entries,
  })
}
