import { isPluginOn } from "@kassa/core/kit"
import { POS_SALE_COMPLETED, type PosSaleCompletedData } from "@kassa/pos/kit"
import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { loyaltyPlugin } from "../plugin"
import { earnLoyaltyPointsWorkflow } from "../workflows"

/** A counter sale earns its member's points (once, even when the event comes twice), where the plugin is on. */
export default async function loyaltyEarnOnSale({ event, container }: SubscriberArgs<PosSaleCompletedData>) {
  if (!(await isPluginOn(container, loyaltyPlugin.id, event.data.stock_location_id))) return
  await earnLoyaltyPointsWorkflow(container).run({ input: { order_id: event.data.id } })
}

export const config: SubscriberConfig = { event: POS_SALE_COMPLETED, context: { subscriberId: "kassa-loyalty-earn-on-sale" } }
