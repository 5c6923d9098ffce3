import type { MedusaRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { POS_MODULE } from "../../../../../modules/pos"
import type PosModuleService from "../../../../../modules/pos/service"

/** The branch of the ticket named in the URL: routes on a ticket are guarded at its branch. */
export async function ticketBranch(req: MedusaRequest): Promise<string> {
  const pos: PosModuleService = req.scope.resolve(POS_MODULE)
  const [ticket] = await pos.listTickets({ id: req.params.id }, { select: ["stock_location_id"] })
  if (!ticket) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No ticket ${req.params.id}`)
  return ticket.stock_location_id
}
