import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { STOCK_MODULE } from "../../../../../modules/stock"
import type StockModuleService from "../../../../../modules/stock/service"

export const PURCHASE_ORDER_FIELDS = ["*", "lines.*"]

/** Purchase orders with their lines, in the order of the ids given. */
export async function purchaseOrderViews(container: MedusaContainer, ids: string[]) {
  if (!ids.length) return []
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "stock_purchase_order", fields: PURCHASE_ORDER_FIELDS, filters: { id: ids } })
  const byId = new Map((data as { id: string }[]).map((po) => [po.id, po]))
  return ids.map((id) => byId.get(id)).filter(Boolean)
}

/** One order with its lines, its receipts (with lines) and the supplier invoices recorded on it. */
export async function purchaseOrderView(container: MedusaContainer, id: string) {
  const [po] = await purchaseOrderViews(container, [id])
  if (!po) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No purchase order ${id}`)
  const stock = container.resolve<StockModuleService>(STOCK_MODULE)
  const order = { order: { created_at: "ASC" as const, id: "ASC" as const } }
  const [receipts, invoices] = await Promise.all([
    stock.listStockReceipts({ purchase_order_id: id }, { relations: ["lines"], ...order }),
    stock.listStockInvoices({ purchase_order_id: id }, order),
  ])
  return { ...po, receipts, invoices }
}
