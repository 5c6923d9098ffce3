import { POS_MODULE, type PosModuleService } from "@kassa/pos/kit"
import type { MedusaContainer } from "@medusajs/framework/types"

/** Whether the counter sale of an order is completed (not open, not voided): only then are its gift cards live. */
export const saleStands = (container: MedusaContainer) => async (orderId: string) => {
  const [ticket] = await container.resolve<PosModuleService>(POS_MODULE).listTickets({ order_id: orderId }, { select: ["status"] })
  return ticket?.status === "completed"
}
