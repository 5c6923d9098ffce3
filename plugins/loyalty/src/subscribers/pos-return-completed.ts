import { POS_RETURN_COMPLETED, type PosReturnCompletedData } from "@kassa/pos/kit"
import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { takeBackLoyaltyPointsWorkflow } from "../workflows"

/**
 * A counter return takes back the points of what came back (once per return). Points are taken
 * back at every branch, even where the plugin is off: they were earned where it was on.
 */
export default async function loyaltyTakeBackOnReturn({ event, container }: SubscriberArgs<PosReturnCompletedData>) {
  await takeBackLoyaltyPointsWorkflow(container).run({
    input: { order_id: event.data.order_id, kind: "return", reference_id: event.data.id, stock_location_id: event.data.stock_location_id, actor_id: event.data.created_by },
  })
}

export const config: SubscriberConfig = { event: POS_RETURN_COMPLETED, context: { subscriberId: "kassa-loyalty-take-back-on-return" } }
