import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { WINDOW_SECONDS } from "../../../delivery/settings"
import { WEBHOOKS_MODULE } from "../../../modules/webhooks/key"
import type WebhooksModuleService from "../../../modules/webhooks/service"

/** A delivery sent again now, with a new 24-hour window; undone by putting back its state. */
export const redeliverStep = createStep(
  "kassa-webhooks-redeliver",
  async (id: string, { container }) => {
    const webhooks = container.resolve<WebhooksModuleService>(WEBHOOKS_MODULE)
    const [before] = await webhooks.listWebhookDeliveries({ id })
    if (!before) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No webhook delivery ${id}`)
    if (!(await webhooks.redeliver(id, WINDOW_SECONDS))) throw new MedusaError(MedusaError.Types.CONFLICT, `Delivery ${id} is being sent right now: look again in a moment`)
    return new StepResponse(id, { id, status: before.status, next_attempt_at: before.next_attempt_at, expires_at: before.expires_at })
  },
  async (before, { container }) => {
    if (before) await container.resolve<WebhooksModuleService>(WEBHOOKS_MODULE).updateWebhookDeliveries(before)
  }
)
