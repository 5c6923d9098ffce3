import { accessOf, runJournaled } from "@kassa/core/kit"
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MathBN, MedusaError } from "@medusajs/framework/utils"
import { POS_MODULE } from "../../../../../modules/pos"
import type PosModuleService from "../../../../../modules/pos/service"
import { money, num } from "../../../../../sale/money"
import { registerLocation } from "../../../../branch-of-register"
import { counterExchangeWorkflow, EXCHANGE_WORK } from "../../../../../workflows/returns"
import type { CounterExchangeType } from "../returns/validators"

/**
 * Swaps items at this register: the units coming back (with their condition) for new ones,
 * the difference paid by the customer in one tender or refunded by the store. Under the work
 * journal, keyed by the Idempotency-Key header (without one, no retry is recognised): a retry
 * answers the same exchange, one a crash interrupted is finished or undone first.
 */
export const POST = async (req: AuthenticatedMedusaRequest<CounterExchangeType>, res: MedusaResponse) => {
  const access = await accessOf(req)
  if (!access.staff) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "An exchange is taken by a staff member, not an API key")
  // The manager's PIN is not kept in the journal: only what identifies the request.
  const { approval, ...body } = req.validatedBody
  const staff = access.staff
  const location = await registerLocation(req.scope, body.register_id)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data: locations }, settings] = await Promise.all([
    query.graph({ entity: "stock_location", fields: ["name"], filters: { id: location } }),
    req.scope.resolve<PosModuleService>(POS_MODULE).settingsFor(location),
  ])
  const { response } = await runJournaled(req.scope, { kind: EXCHANGE_WORK, key: req.get("idempotency-key"), input: body }, ({ id }) =>
    counterExchangeWorkflow(req.scope).run({
      input: {
        ...body,
        stock_location_id: location,
        branch_name: (locations[0] as { name: string }).name,
        allow_negative_stock: settings.allow_negative_stock,
        user_id: req.auth_context.actor_id,
        caller: { staff_member_id: staff.id, may_refund: access.can("pos:refund") },
        approval,
        journal_id: id,
      },
      throwOnError: false,
    })
  )
  const saved = await req.scope.resolve<PosModuleService>(POS_MODULE).retrieveCounterReturn(response.id)
  const paid = saved.paid_total == null ? 0 : num(saved.paid_total)
  const tendered = body.payment?.method === "cash" && body.payment.tendered != null ? body.payment.tendered : paid
  res.status(201).json({ exchange: saved, change: money(MathBN.sub(tendered, paid)) })
}
