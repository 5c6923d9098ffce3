import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { CUSTOMER_MERGED, evaluateFrequentCustomersWorkflow } from "../workflows/customers"

/** The customer kept now holds the duplicate's orders too: they may meet the frequent rule. */
export default async function customerMerged({ event, container }: SubscriberArgs<{ id: string; from: string; into: string }>) {
  await evaluateFrequentCustomersWorkflow(container).run({ input: { customer_ids: [event.data.into] } })
}

export const config: SubscriberConfig = { event: CUSTOMER_MERGED }
