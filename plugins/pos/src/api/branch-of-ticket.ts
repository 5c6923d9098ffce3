import type { MedusaRequest } from "@medusajs/framework/http"
import { accessOf } from "@kassa/core/kit"
import { MedusaError } from "@medusajs/framework/utils"
import { POS_MODULE } from "../modules/pos"
import type PosModuleService from "../modules/pos/service"
import { orderBranch } from "../sale/sale-facts"

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

/**
 * A web order's receipt is read where the order belongs: the branch of its sales channel. The
 * store's own web shop belongs to no branch, so only staff of every branch read its orders.
 */
export async function webOrderBranch(req: MedusaRequest): Promise<string> {
  const branch = await orderBranch(req.scope, req.params.order_id)
  if (branch) return branch
  if (!(await accessOf(req)).allBranches) throw new MedusaError(MedusaError.Types.FORBIDDEN, "Only staff of every branch read the web shop's own orders")
  return ""
}

/** Routes on a return request are guarded at the branch it was asked at. */
export async function returnRequestBranch(req: MedusaRequest) {
  const [found] = await req.scope.resolve<PosModuleService>(POS_MODULE).listReturnRequests({ id: req.params.id }, { select: ["stock_location_id"] })
  if (!found) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No return request ${req.params.id}`)
  return found.stock_location_id
}
