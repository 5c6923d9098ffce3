import { accessOf } from "@kassa/core/kit"
import { POS_MODULE, type PosModuleService } from "@kassa/pos/kit"
import type { MedusaRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { GiftCaller } from "../../../../../workflows/gift-sales/steps/authorize-gift"

/** The branch of the ticket a gift route names (its guard's branch); 404 when there is no such ticket. */
export async function giftTicketBranch(req: MedusaRequest) {
  const location = await req.scope.resolve<PosModuleService>(POS_MODULE).ticketLocation({ id: req.params.ticket_id })
  if (!location) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No ticket ${req.params.ticket_id}`)
  return location
}

/** The staff member at the counter, and whether they may give goods away themselves. */
export async function giftCaller(req: MedusaRequest): Promise<GiftCaller> {
  const access = await accessOf(req)
  if (!access.staff) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Giving goods away at the counter needs a staff member, not an API key")
  return { staff_member_id: access.staff.id, may_gift: access.can("store_credit:gift_sale"), stock_location_id: await giftTicketBranch(req) }
}
