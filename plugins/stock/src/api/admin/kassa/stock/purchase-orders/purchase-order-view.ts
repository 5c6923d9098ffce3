import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

export const PURCHASE_ORDER_FIELDS = ["*", "lines.*"]

/** Purchase orders with their lines, in the order of the ids given. */
export async function purchaseOrderViews(container: MedusaContainer, ids: string[]) {
  if (!ids.length) return []
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "stock_purchase_order", fields: PURCHASE_ORDER_FIELDS, filters: { id: ids } })
  const byId = new Map((data as { id: string }[]).map((po) => [po.id, po]))
  return ids.map((id) => byId.get(id)).filter(Boolean)
}

export async function purchaseOrderView(container: MedusaContainer, id: string) {
  const [po] = await purchaseOrderViews(container, [id])
  if (!po) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No purchase order ${id}`)
  return po
}
