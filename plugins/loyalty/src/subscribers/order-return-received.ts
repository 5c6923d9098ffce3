import { POS_MODULE, type PosModuleService } from "@kassa/pos/kit"
import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { OrderWorkflowEvents } from "@medusajs/framework/utils"
import { takeBackLoyaltyPointsWorkflow } from "../workflows"

/**
 * A return received through Medusa's own flow (the admin's order returns) takes back the points of
 * what came back, by the same proportional rule as the counter's returns, once per return however
 * often the event comes. The counter's returns and exchanges run on Medusa's flow too and emit
 * this event: they are left to the counter's subscriber, which knows their lines.
 */
export default async function loyaltyTakeBackOnOrderReturn({ event, container }: SubscriberArgs<{ order_id: string; return_id: string }>) {
  const pos: PosModuleService = container.resolve(POS_MODULE)
  const [counter] = await pos.listCounterReturns({ return_id: event.data.return_id }, { select: ["id"] })
  if (counter) return
  await takeBackLoyaltyPointsWorkflow(container).run({ input: { order_id: event.data.order_id, kind: "order_return", reference_id: event.data.return_id } })
}

export const config: SubscriberConfig = { event: OrderWorkflowEvents.RETURN_RECEIVED, context: { subscriberId: "kassa-loyalty-take-back-on-order-return" } }
