import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listPreorders } from "../../../admin/kassa/preorders/read"

/** The signed-in customer's pre-orders and layaways with their payments and balances (without staff ids). */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { preorders } = await listPreorders(req.scope, { customer_id: req.auth_context.actor_id }, { all: true }, { offset: 0, limit: 200 })
  res.json({
    preorders: preorders.map(({ created_by: _c, reservation_id: _r, note: _n, ...p }) => ({ ...p, payments: p.payments.map(({ created_by: _by, ...x }) => x) })),
  })
}
