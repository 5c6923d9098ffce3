import type { MedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { visibleBranches } from "../access/branch-scope"

type OrderRow = { sales_channel_id: string | null; metadata: { kassa?: { stock_location_id?: unknown } } | null }

/**
 * The branch (stock location) of the order named in the URL, for the route guard: a counter
 * sale names it in its metadata (`kassa.stock_location_id`, written by whatever sold it), any
 * other order is at the branch that sells through its sales channel. An order of no branch (the
 * store's own web shop) is the whole store's: only staff of every branch may act on it.
 */
export async function orderBranch(req: MedusaRequest): Promise<string | null> {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields: ["sales_channel_id", "metadata"], filters: { id: req.params.id } })
  const order = data[0] as OrderRow | undefined
  if (!order) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${req.params.id} was not found`)
  const sold = order.metadata?.kassa?.stock_location_id
  if (typeof sold === "string" && sold) return sold
  if (order.sales_channel_id) {
    const { data: branches } = await query.graph({ entity: "branch", fields: ["stock_location_id"], filters: { sales_channel_id: order.sales_channel_id } })
    const at = (branches[0] as { stock_location_id: string } | undefined)?.stock_location_id
    if (at) return at
  }
  if (!(await visibleBranches(req)).all) throw new MedusaError(MedusaError.Types.FORBIDDEN, "This order belongs to no branch: only staff of every branch may archive or restore it")
  return null
}
