import { POS_SALE_COMPLETED, type PosSaleCompletedData } from "@kassa/pos/kit"
import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { registerSoldSerialsWorkflow } from "../workflows/serials"

/** Every counter sale's serial numbers go into the registry claims are filed against. */
export default async function registerSoldSerials({ event, container }: SubscriberArgs<PosSaleCompletedData>) {
  if (event.data.has_serials === false) return
  await registerSoldSerialsWorkflow(container).run({ input: { order_id: event.data.id } })
}

export const config: SubscriberConfig = { event: POS_SALE_COMPLETED }
