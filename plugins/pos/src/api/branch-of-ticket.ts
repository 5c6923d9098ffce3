import type { MedusaRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { POS_MODULE } from "../modules/pos"
import type PosModuleService from "../modules/pos/service"

/** A route guard's branch: the stock location of the ticket the URL names, found by `filter`. */
const branchOfTicket =
  (filter: (req: MedusaRequest) => { id: string } | { order_id: string }, missing: (req: MedusaRequest) => string) =>
  async (req: MedusaRequest): Promise<string> => {
    const location = await req.scope.resolve<PosModuleService>(POS_MODULE).ticketLocation(filter(req))
    if (!location) throw new MedusaError(MedusaError.Types.NOT_FOUND, missing(req))
    return location
  }

/** Routes on a ticket are guarded at the ticket's branch. */
export const ticketBranch = branchOfTicket((req) => ({ id: req.params.id }), (req) => `No ticket ${req.params.id}`)

/** A sale's receipt is read at the branch that made it. */
export const saleBranch = branchOfTicket(
  (req) => ({ order_id: req.params.order_id }),
  (req) => `Order ${req.params.order_id} is not a counter sale`
)

/** A refund receipt is read at the branch that took the return. */
export async function returnBranch(req: MedusaRequest) {
  const [found] = await req.scope.resolve<PosModuleService>(POS_MODULE).listCounterReturns({ id: req.params.id }, { select: ["stock_location_id"] })
  if (!found) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No counter return ${req.params.id}`)
  return found.stock_location_id
}
