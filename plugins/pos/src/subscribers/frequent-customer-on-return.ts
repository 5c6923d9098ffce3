import { evaluateFrequentCustomersWorkflow } from "@kassa/core/kit"
import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { POS_RETURN_COMPLETED, type PosReturnCompletedData } from "../workflows/returns/events"

/** A counter return's refund lowers what its customer bought: they may leave the Frequent group. */
export default async function frequentCustomerOnReturn({ event, container }: SubscriberArgs<PosReturnCompletedData>) {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "order", fields: ["customer_id"], filters: { id: event.data.order_id } })
  const customerId = (data[0] as { customer_id?: string | null } | undefined)?.customer_id
  if (customerId) await evaluateFrequentCustomersWorkflow(container).run({ input: { customer_ids: [customerId] } })
}

export const config: SubscriberConfig = { event: POS_RETURN_COMPLETED }
