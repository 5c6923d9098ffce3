import { accessOf } from "@kassa/core/kit"
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { POS_MODULE } from "../../../../../../../modules/pos"
import type PosModuleService from "../../../../../../../modules/pos/service"
import { saleSummary } from "../../../../../../../sale/sale-summary"
import { voidPosSaleWorkflow } from "../../../../../../../workflows/sale-lifecycle"
import { counterCaller } from "../../../tickets/caller"
import type { VoidSaleType } from "../../validators"

/**
 * Voids today's sale (pos:void, or a manager's PIN as `approval`): Medusa order canceled and
 * refunded, stock restored, receipt marked VOID.
 */
export const POST = async (req: AuthenticatedMedusaRequest<VoidSaleType>, res: MedusaResponse) => {
  const [ticket] = await req.scope.resolve<PosModuleService>(POS_MODULE).listTickets({ order_id: req.params.order_id }, { select: ["stock_location_id"] })
  const caller = await counterCaller(req, ticket.stock_location_id)
  const access = await accessOf(req)
  await voidPosSaleWorkflow(req.scope).run({
    input: {
      order_id: req.params.order_id,
      reason: req.validatedBody.reason,
      user_id: req.auth_context.actor_id,
      approval: req.validatedBody.approval,
      caller: { staff_member_id: caller.staff_member_id, may_void: access.can("pos:void"), stock_location_id: ticket.stock_location_id },
    },
  })
  res.json({ sale: await saleSummary(req.scope, req.params.order_id) })
}
