import type { MedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { visibleBranches } from "./branch-scope"
import { routeMatch } from "./route-path"

// Orders belong to a branch through its sales channel. A sales channel that cannot exist makes
// an empty list for staff whose branches sell through none.
const NO_CHANNEL = "sc_none"
const ORDER_ROUTES = /^\/admin\/orders(?:\/([^/]+))?/

async function channelsOf(req: MedusaRequest, branchIds: string[]): Promise<string[]> {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "stock_location",
    fields: ["sales_channels.id"],
    filters: { id: branchIds },
  })
  return data.flatMap((l: { sales_channels?: { id: string }[] }) => (l.sales_channels ?? []).map((c) => c.id))
}

/**
 * Keeps branch staff to their branches' orders in Medusa's own order routes: the list is
 * narrowed to their sales channels, and one order (or anything under it) of another branch is
 * refused. Staff of every branch see all.
 */
export async function scopeOrders(req: MedusaRequest, path: string) {
  const match = routeMatch(path, ORDER_ROUTES)
  if (!match) return
  const branches = await visibleBranches(req)
  if (branches.all) return
  if (match[1]?.toLowerCase() === "export") {
    throw new MedusaError(MedusaError.Types.FORBIDDEN, "Exporting every order needs access to every branch")
  }
  const channels = await channelsOf(req, branches.ids)
  if (!match[1]) {
    const asked = ([] as unknown[]).concat(req.query.sales_channel_id ?? []).filter((c): c is string => typeof c === "string")
    const allowed = asked.length ? asked.filter((c) => channels.includes(c)) : channels
    req.query.sales_channel_id = allowed.length ? allowed : [NO_CHANNEL]
    return
  }
  const [order] = await req.scope.resolve(Modules.ORDER).listOrders({ id: match[1] }, { select: ["sales_channel_id"] })
  if (order && !channels.includes(order.sales_channel_id!)) {
    throw new MedusaError(MedusaError.Types.FORBIDDEN, "This order was sold at a branch you do not work at")
  }
}

// Every order status but archived (and draft, which the list leaves out anyway).
const LISTED_STATUSES = ["pending", "completed", "canceled", "requires_action"]

/**
 * Medusa's admin order list shows archived orders with the rest (its GET /admin/orders filters
 * by nothing but what it is asked). Kassa's archive hides them: unless the request asks for a
 * status (`?status=archived` lists the archive), the list shows every other status.
 */
export function hideArchivedOrders(req: MedusaRequest, path: string) {
  const match = routeMatch(path, ORDER_ROUTES)
  if (!match || match[1] || req.method !== "GET") return
  if (req.query.status === undefined) req.query.status = LISTED_STATUSES
}
