import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { unknownEvents } from "../../../delivery/catalogue"
import { newSecret } from "../../../delivery/signature"
import { forgetSubscribedEvents } from "../../../delivery/subscribed"
import { WEBHOOKS_MODULE } from "../../../modules/webhooks/key"
import type WebhooksModuleService from "../../../modules/webhooks/service"

export type SubscriptionFields = { url: string; events: string[]; description?: string | null; is_active?: boolean }

/** Only events the catalogue lists: a typo would otherwise be a subscription that never hears anything. */
function refuseUnknown(events: string[] | undefined) {
  const unknown = unknownEvents(events ?? [])
  if (unknown.length) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `No such event: ${unknown.join(", ")}. GET /admin/kassa/webhooks/events lists those you can subscribe to.`)
  }
}

const service = (container: { resolve: <T>(key: string) => T }) => container.resolve<WebhooksModuleService>(WEBHOOKS_MODULE)

async function existing(webhooks: WebhooksModuleService, id: string) {
  const [found] = await webhooks.listWebhookSubscriptions({ id })
  if (!found) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No webhook subscription ${id}`)
  return found
}

/** A new subscription with its own signing secret; undone by removing it. */
export const createSubscriptionStep = createStep(
  "kassa-webhooks-create-subscription",
  async (input: SubscriptionFields & { created_by: string | null }, { container }) => {
    refuseUnknown(input.events)
    const created = await service(container).createWebhookSubscriptions({ ...input, secret: newSecret() })
    forgetSubscribedEvents()
    return new StepResponse(created, created.id)
  },
  async (id, { container }) => {
    if (!id) return
    await service(container).deleteWebhookSubscriptions(id)
    forgetSubscribedEvents()
  }
)

/** Changes a subscription (or gives it a new secret); undone by putting back what it was. */
export const updateSubscriptionStep = createStep(
  "kassa-webhooks-update-subscription",
  async (input: Partial<SubscriptionFields> & { id: string; rotate_secret?: boolean }, { container }) => {
    const webhooks = service(container)
    const before = await existing(webhooks, input.id)
    refuseUnknown(input.events)
    const { rotate_secret, ...fields } = input
    const updated = await webhooks.updateWebhookSubscriptions({ ...fields, ...(rotate_secret ? { secret: newSecret() } : {}) })
    forgetSubscribedEvents()
    return new StepResponse(updated, before)
  },
  async (before, { container }) => {
    if (!before) return
    const { id, url, events, description, is_active, secret } = before
    await service(container).updateWebhookSubscriptions({ id, url, events, description, is_active, secret })
    forgetSubscribedEvents()
  }
)

/** Removes a subscription: its queued deliveries are not sent (they fail as they come up). Undone by restoring it. */
export const deleteSubscriptionStep = createStep(
  "kassa-webhooks-delete-subscription",
  async (id: string, { container }) => {
    const webhooks = service(container)
    await existing(webhooks, id)
    await webhooks.softDeleteWebhookSubscriptions(id)
    forgetSubscribedEvents()
    return new StepResponse(id, id)
  },
  async (id, { container }) => {
    if (!id) return
    await service(container).restoreWebhookSubscriptions(id)
    forgetSubscribedEvents()
  }
)
