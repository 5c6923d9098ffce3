import { visibleBranches } from "@kassa/core/kit"
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { ListPurchaseOrdersType } from "../validators"
import { PURCHASE_ORDER_FIELDS } from "./purchase-order-view"

/** Purchase orders, newest first: of the branch asked for, else of every branch the caller may see. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { location_id, supplier_id, status, offset, limit } = req.validatedQuery as ListPurchaseOrdersType
  const scope = await visibleBranches(req, location_id)
  const filters = { ...(scope.all ? {} : { location_id: scope.ids }), ...(supplier_id ? { supplier_id } : {}), ...(status ? { status } : {}) }
  const { data, metadata } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "stock_purchase_order",
    fields: PURCHASE_ORDER_FIELDS,
    filters,
    pagination: { skip: offset, take: limit, order: { created_at: "DESC", id: "DESC" } },
  })
  res.json({ purchase_orders: data, count: metadata?.count ?? data.length, offset, limit })
}
