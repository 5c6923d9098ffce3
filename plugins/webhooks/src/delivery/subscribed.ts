import type WebhooksModuleService from "../modules/webhooks/service"

// Every event in the app passes the capture: the names some subscription wants are read at most
// every few seconds, not per event. A change here is seen at once; on other instances within TTL.
const TTL_MS = 5_000
let cached: { names: Set<string>; at: number } | null = null

export async function subscribedEvents(webhooks: WebhooksModuleService) {
  if (!cached || Date.now() - cached.at > TTL_MS) cached = { names: await webhooks.subscribedEventNames(), at: Date.now() }
  return cached.names
}

/** A subscription was added, changed or removed in this process. */
export const forgetSubscribedEvents = () => {
  cached = null
}
