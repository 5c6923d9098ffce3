import type { MedusaRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { POS_MODULE } from "../../../../../modules/pos"
import type PosModuleService from "../../../../../modules/pos/service"

/** The branch that made the counter sale named in the URL (its receipt is read there). */
export async function saleBranch(req: MedusaRequest): Promise<string> {
  const pos: PosModuleService = req.scope.resolve(POS_MODULE)
  const [ticket] = await pos.listTickets({ order_id: req.params.order_id }, { select: ["stock_location_id"] })
  if (!ticket) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${req.params.order_id} is not a counter sale`)
  return ticket.stock_location_id
}
