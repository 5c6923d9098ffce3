import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { OrderWorkflowEvents } from "@medusajs/framework/utils"
import { takeBackLoyaltyPointsWorkflow } from "../workflows"

/** A voided counter sale or a canceled web order takes back all the points it earned (once). */
export default async function loyaltyTakeBackOnCancel({ event, container }: SubscriberArgs<{ id: string }>) {
  await takeBackLoyaltyPointsWorkflow(container).run({ input: { order_id: event.data.id, kind: "void", reference_id: event.data.id } })
}

export const config: SubscriberConfig = { event: OrderWorkflowEvents.CANCELED, context: { subscriberId: "kassa-loyalty-take-back-on-cancel" } }
