import { INSTANCE_ID } from "@kassa/core/kit"
import type { Logger, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { WEBHOOKS_MODULE } from "../modules/webhooks/key"
import type WebhooksModuleService from "../modules/webhooks/service"
import type { ClaimedDelivery } from "../modules/webhooks/service"
import { sendDelivery } from "./send"
import { leaseSeconds, retryDelaySeconds, timeoutMs } from "./settings"

/**
 * The delivery queue's worker in this process. Deliveries live in the database, so nothing is
 * lost with the process; this only decides when to look: as the server starts (the module's
 * start hook), when an event was queued here, when a send finishes, at the earliest retry or
 * lease end it knows of, and every minute from the scheduled job (deliveries another instance
 * queued, or a crashed one left). Each claimed delivery is sent without waiting for the others:
 * a receiver that is down holds up only its own. A send that succeeded but whose outcome was not
 * recorded (a crash in between) is sent again once its lease ends: at least once, never lost —
 * receivers tell repeats by the event id.
 */
const state = {
  webhooks: null as WebhooksModuleService | null,
  logger: null as Logger | null,
  draining: false,
  again: false,
  wake: null as { at: number; timer: NodeJS.Timeout } | null,
}

export function drainDeliveryQueue(container: MedusaContainer): Promise<void> {
  return startDeliveryQueue(container.resolve<WebhooksModuleService>(WEBHOOKS_MODULE), container.resolve<Logger>(ContainerRegistrationKeys.LOGGER))
}

export function startDeliveryQueue(webhooks: WebhooksModuleService, logger: Logger): Promise<void> {
  state.webhooks = webhooks
  state.logger = logger
  return drain()
}

/** Stops looking (the module's shutdown hook): a drain under way claims nothing more. */
export function stopDeliveryQueue(): void {
  if (state.wake) clearTimeout(state.wake.timer)
  state.wake = null
  state.webhooks = null
  state.logger = null
}

async function drain(): Promise<void> {
  const { webhooks, logger } = state
  if (!webhooks || !logger) return
  if (state.draining) {
    state.again = true
    return
  }
  state.draining = true
  try {
    do {
      state.again = false
      const running = () => state.webhooks === webhooks
      for (let d = await webhooks.claimDelivery(INSTANCE_ID, leaseSeconds()); d; d = running() ? await webhooks.claimDelivery(INSTANCE_ID, leaseSeconds()) : null) {
        void send(webhooks, d).finally(() => void drain())
      }
      if (running()) await scheduleWake(webhooks)
    } while (state.again && state.webhooks === webhooks)
  } catch (e) {
    logger.warn(`Webhooks: the delivery queue could not be read (${(e as Error).message}); trying again in a minute`)
  } finally {
    state.draining = false
  }
}

async function send(webhooks: WebhooksModuleService, delivery: ClaimedDelivery) {
  // A subscription switched off or removed since the event: nothing is sent (a redelivery once it is on again sends it).
  if (!delivery.is_active) {
    await webhooks.finishDelivery(delivery.id, INSTANCE_ID, { ok: false, status_code: null, error: "The subscription is switched off or removed", retryInSeconds: 0, final: true }).catch(() => undefined)
    return
  }
  const sent = await sendDelivery(delivery, timeoutMs())
  const outcome = sent.error === null
    ? { ok: true as const, status_code: sent.status_code! }
    : { ok: false as const, status_code: sent.status_code, error: sent.error, retryInSeconds: retryDelaySeconds(delivery.attempts) }
  await webhooks.finishDelivery(delivery.id, INSTANCE_ID, outcome).catch(() => undefined)
}

/** One timer for the earliest moment something becomes due; the minute job covers the rest. */
async function scheduleWake(webhooks: WebhooksModuleService) {
  const due = await webhooks.nextDeliveryDue()
  if (!due) return
  const at = Math.max(due.getTime(), Date.now() + 10)
  if (state.wake && state.wake.at <= at && state.wake.at > Date.now()) return
  if (state.wake) clearTimeout(state.wake.timer)
  const timer = setTimeout(() => {
    state.wake = null
    void drain()
  }, at - Date.now())
  timer.unref()
  state.wake = { at, timer }
}
