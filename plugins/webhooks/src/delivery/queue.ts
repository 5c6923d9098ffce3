import { INSTANCE_ID, leasedQueue } from "@kassa/core/kit"
import type { Logger, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { WEBHOOKS_MODULE } from "../modules/webhooks/key"
import type WebhooksModuleService from "../modules/webhooks/service"
import type { ClaimedDelivery } from "../modules/webhooks/service"
import { sendDelivery } from "./send"
import { leaseSeconds, retryDelaySeconds, timeoutMs } from "./settings"

/**
 * The delivery queue's worker in this process (core's leasedQueue). Deliveries live in the
 * database, so nothing is lost with the process. It looks as the server starts (the module's
 * start hook), when an event was queued here, when a send ends, at the earliest retry or lease
 * end, and every minute from the scheduled job (deliveries another instance queued, or a crashed
 * one left). A receiver that is down holds up only its own deliveries. A send that succeeded but
 * whose outcome was not recorded (a crash in between) is sent again once its lease ends: at least
 * once, never lost — receivers tell repeats by the event id.
 */
const queue = leasedQueue<WebhooksModuleService, ClaimedDelivery>({
  name: "Webhooks: the delivery queue",
  claim: (webhooks) => webhooks.claimDelivery(INSTANCE_ID, leaseSeconds()),
  work: send,
  nextDue: (webhooks) => webhooks.nextDeliveryDue(),
})

export function drainDeliveryQueue(container: MedusaContainer): Promise<void> {
  return queue.start(container.resolve<WebhooksModuleService>(WEBHOOKS_MODULE), container.resolve<Logger>(ContainerRegistrationKeys.LOGGER))
}

export const startDeliveryQueue = (webhooks: WebhooksModuleService, logger: Logger) => queue.start(webhooks, logger)

/** Stops looking (the module's shutdown hook): a drain under way claims nothing more. */
export const stopDeliveryQueue = () => queue.stop()

async function send(webhooks: WebhooksModuleService, delivery: ClaimedDelivery) {
  // A subscription switched off or removed since the event: nothing is sent (a redelivery once it is on again sends it).
  if (!delivery.is_active) {
    await webhooks.finishDelivery(delivery.id, INSTANCE_ID, { ok: false, status_code: null, error: "The subscription is switched off or removed", retryInSeconds: 0, final: true }).catch(() => undefined)
    return
  }
  const sent = await sendDelivery(delivery, timeoutMs())
  const outcome =
    sent.error === null
      ? { ok: true as const, status_code: sent.status_code! }
      : { ok: false as const, status_code: sent.status_code, error: sent.error, retryInSeconds: retryDelaySeconds(delivery.attempts) }
  await webhooks.finishDelivery(delivery.id, INSTANCE_ID, outcome).catch(() => undefined)
}
