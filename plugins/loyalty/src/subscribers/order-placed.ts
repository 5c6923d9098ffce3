import { POS_MODULE, type PosModuleService } from "@kassa/pos/kit"
import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { OrderWorkflowEvents } from "@medusajs/framework/utils"
import { earnLoyaltyPointsWorkflow } from "../workflows"

/**
 * A storefront order earns its member's points, once however often order.placed is delivered
 * (the ledger's unique index on the order). The counter's checkout emits order.placed too: its
 * sales are left to the sale-completed subscriber, which knows their tenders and branch.
 */
export default async function loyaltyEarnOnOrder({ event, container }: SubscriberArgs<{ id: string }>) {
  const pos: PosModuleService = container.resolve(POS_MODULE)
  const [ticket] = await pos.listTickets({ order_id: event.data.id }, { select: ["id"] })
  if (ticket) return
  await earnLoyaltyPointsWorkflow(container).run({ input: { order_id: event.data.id } })
}

export const config: SubscriberConfig = { event: OrderWorkflowEvents.PLACED, context: { subscriberId: "kassa-loyalty-earn-on-order" } }
