import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { drainDeliveryQueue } from "../delivery/queue"
import { WINDOW_SECONDS } from "../delivery/settings"
import { subscribedEvents } from "../delivery/subscribed"
import { WEBHOOKS_MODULE } from "../modules/webhooks/key"
import type WebhooksModuleService from "../modules/webhooks/service"

/**
 * Every event (Medusa's event bus delivers each once per cluster, to one worker): one that a
 * subscription names becomes a delivery per subscription, in the database before this returns,
 * then the queue is woken. An event no one asked for costs a set lookup.
 */
export default async function captureForWebhooks({ event, container }: SubscriberArgs<unknown>) {
  const webhooks = container.resolve<WebhooksModuleService>(WEBHOOKS_MODULE)
  if (!(await subscribedEvents(webhooks)).has(event.name)) return
  try {
    if (await webhooks.enqueueEvent(event.name, event.data, WINDOW_SECONDS)) void drainDeliveryQueue(container)
  } catch (e) {
    container.resolve(ContainerRegistrationKeys.LOGGER).error(`Webhooks: ${event.name} was not queued for its subscribers (${(e as Error).message})`)
    throw e
  }
}

export const config: SubscriberConfig = { event: "*", context: { subscriberId: "kassa-webhooks-capture" } }
