import type { MedusaContainer } from "@medusajs/framework/types"
import { drainDeliveryQueue } from "../delivery/queue"

/**
 * Every minute the queue is looked at even if nothing here queued a delivery: after a restart,
 * deliveries another instance queued, and those whose worker died (their lease ran out) go out.
 */
export default async function webhookQueueJob(container: MedusaContainer) {
  await drainDeliveryQueue(container)
}

export const config = { name: "kassa-webhooks-queue", schedule: "* * * * *" }
