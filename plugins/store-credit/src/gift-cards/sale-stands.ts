import { POS_MODULE, type PosModuleService } from "@kassa/pos/kit"
import type { MedusaContainer } from "@medusajs/framework/types"

/** Whether the counter sale of an order is completed (not open, not voided): only then are its gift cards live. */
export const saleStands = (container: MedusaContainer) => async (orderId: string) => {
  const [ticket] = await container.resolve<PosModuleService>(POS_MODULE).listTickets({ order_id: orderId }, { select: ["status"] })
  return ticket?.status === "completed"
}

/** Of these orders, those whose counter sale is completed: one query for a list's page. */
export async function standingSales(container: MedusaContainer, orderIds: string[]) {
  if (!orderIds.length) return new Set<string>()
  const tickets = await container.resolve<PosModuleService>(POS_MODULE).listTickets({ order_id: orderIds, status: "completed" }, { select: ["order_id"] })
  return new Set(tickets.map((t) => t.order_id as string))
}
