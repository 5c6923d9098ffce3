import { accessOf } from "@kassa/core/kit"
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MathBN, MedusaError } from "@medusajs/framework/utils"
import { POS_MODULE } from "../../../../../modules/pos"
import type PosModuleService from "../../../../../modules/pos/service"
import { money, num } from "../../../../../sale/money"
import { registerLocation } from "../../../../branch-of-register"
import { counterExchangeWorkflow } from "../../../../../workflows/returns"
import type { CounterExchangeType } from "../returns/validators"

/**
 * Swaps items at this register: the units coming back (with their condition) for new ones,
 * the difference paid by the customer in one tender or refunded by the store.
 */
export const POST = async (req: AuthenticatedMedusaRequest<CounterExchangeType>, res: MedusaResponse) => {
  const access = await accessOf(req)
  if (!access.staff) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "An exchange is taken by a staff member, not an API key")
  const { approval, ...body } = req.validatedBody
  const location = await registerLocation(req.scope, body.register_id)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data: locations }, settings] = await Promise.all([
    query.graph({ entity: "stock_location", fields: ["name"], filters: { id: location } }),
    req.scope.resolve<PosModuleService>(POS_MODULE).settingsFor(location),
  ])
  const { result } = await counterExchangeWorkflow(req.scope).run({
    input: {
      ...body,
      stock_location_id: location,
      branch_name: (locations[0] as { name: string }).name,
      allow_negative_stock: settings.allow_negative_stock,
      user_id: req.auth_context.actor_id,
      caller: { staff_member_id: access.staff.id, may_refund: access.can("pos:refund") },
      approval,
    },
  })
  const saved = await req.scope.resolve<PosModuleService>(POS_MODULE).retrieveCounterReturn(result.id)
  const paid = saved.paid_total == null ? 0 : num(saved.paid_total)
  const tendered = body.payment?.method === "cash" && body.payment.tendered != null ? body.payment.tendered : paid
  res.status(201).json({ exchange: saved, change: money(MathBN.sub(tendered, paid)) })
}
