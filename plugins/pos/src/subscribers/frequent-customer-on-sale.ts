import { evaluateFrequentCustomersWorkflow } from "@kassa/core/kit"
import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { POS_SALE_COMPLETED, type PosSaleCompletedData } from "../workflows/checkout/workflows/checkout"

/**
 * A counter sale may make its customer a frequent one (core's rule, Medusa's "Frequent" group).
 * After the sale, not in the checkout: a failure here must not undo a completed sale, and the
 * nightly run catches up on anything missed.
 */
export default async function frequentCustomerOnSale({ event, container }: SubscriberArgs<PosSaleCompletedData>) {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "order", fields: ["customer_id"], filters: { id: event.data.id } })
  const customerId = (data[0] as { customer_id?: string | null } | undefined)?.customer_id
  if (customerId) await evaluateFrequentCustomersWorkflow(container).run({ input: { customer_ids: [customerId] } })
}

export const config: SubscriberConfig = { event: POS_SALE_COMPLETED }
