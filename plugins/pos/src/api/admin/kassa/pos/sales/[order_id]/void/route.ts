import { accessOf, runJournaled } from "@kassa/core/kit"
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { POS_MODULE } from "../../../../../../../modules/pos"
import type PosModuleService from "../../../../../../../modules/pos/service"
import { saleSummary } from "../../../../../../../sale/sale-summary"
import { voidPosSaleWorkflow } from "../../../../../../../workflows/sale-lifecycle"
import { VOID_WORK } from "../../../../../../../workflows/sale-lifecycle/recover-void"
import { counterCaller } from "../../../tickets/caller"
import type { VoidSaleType } from "../../validators"

/**
 * Voids today's sale (pos:void, or a manager's PIN as `approval`): Medusa order canceled and
 * refunded, stock restored, receipt marked VOID. Under the work journal, keyed by the
 * Idempotency-Key header (without one, no retry is recognised): a retry answers the same, a void
 * a crash interrupted is finished first.
 */
export const POST = async (req: AuthenticatedMedusaRequest<VoidSaleType>, res: MedusaResponse) => {
  const [ticket] = await req.scope.resolve<PosModuleService>(POS_MODULE).listTickets({ order_id: req.params.order_id }, { select: ["stock_location_id"] })
  const caller = await counterCaller(req, ticket.stock_location_id)
  const access = await accessOf(req)
  const order_id = req.params.order_id
  // The manager's PIN is not kept in the journal: only what identifies the request.
  const request = { order_id, reason: req.validatedBody.reason }
  await runJournaled(req.scope, { kind: VOID_WORK, key: req.get("idempotency-key"), input: request }, ({ id }) =>
    voidPosSaleWorkflow(req.scope).run({
      input: {
        ...request,
        user_id: req.auth_context.actor_id,
        approval: req.validatedBody.approval,
        caller: { staff_member_id: caller.staff_member_id, may_void: access.can("pos:void"), stock_location_id: ticket.stock_location_id },
        journal_id: id,
      },
      throwOnError: false,
    })
  )
  res.json({ sale: await saleSummary(req.scope, order_id) })
}
