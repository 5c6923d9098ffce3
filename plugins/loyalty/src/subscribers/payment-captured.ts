import { POS_MODULE, type PosModuleService } from "@kassa/pos/kit"
import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys, PaymentEvents } from "@medusajs/framework/utils"
import { earnLoyaltyPointsWorkflow } from "../workflows"

/**
 * A storefront order earns its member's points when its payment is captured, not when it is
 * placed (only authorized then): an order never paid earns nothing. The earning step checks that
 * the order's payments are captured in full, so a partial capture earns at the last one; once per
 * order however often the event comes (the ledger's unique index on the order). Counter sales
 * capture too: they are left to the sale-completed subscriber, which knows their tenders and branch.
 */
export default async function loyaltyEarnOnPaymentCaptured({ event, container }: SubscriberArgs<{ id: string }>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [payment] } = await query.graph({ entity: "payment", fields: ["id", "payment_collection_id"], filters: { id: event.data.id } })
  if (!payment) return
  const { data: [link] } = await query.graph({ entity: "order_payment_collection", fields: ["order_id"], filters: { payment_collection_id: payment.payment_collection_id } })
  if (!link?.order_id) return
  const pos: PosModuleService = container.resolve(POS_MODULE)
  const [ticket] = await pos.listTickets({ order_id: link.order_id }, { select: ["id"] })
  if (ticket) return
  await earnLoyaltyPointsWorkflow(container).run({ input: { order_id: link.order_id } })
}

export const config: SubscriberConfig = { event: PaymentEvents.CAPTURED, context: { subscriberId: "kassa-loyalty-earn-on-payment-captured" } }
