import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { WEBHOOKS_MODULE } from "../../../../../modules/webhooks/key"
import type WebhooksModuleService from "../../../../../modules/webhooks/service"
import { createWebhookSubscriptionWorkflow } from "../../../../../workflows"
import { presentSubscription } from "../present"
import type { CreateSubscriptionType } from "../validators"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { offset, limit } = req.validatedQuery as { offset: number; limit: number }
  const [subscriptions, count] = await req.scope
    .resolve<WebhooksModuleService>(WEBHOOKS_MODULE)
    .listAndCountWebhookSubscriptions({}, { skip: offset, take: limit, order: { created_at: "DESC" } })
  res.json({ subscriptions: subscriptions.map(presentSubscription), count, offset, limit })
}

/** A new subscription; its signing secret is in this answer only (rotate it to see a new one). */
export const POST = async (req: AuthenticatedMedusaRequest<CreateSubscriptionType>, res: MedusaResponse) => {
  const { result } = await createWebhookSubscriptionWorkflow(req.scope).run({ input: { ...req.validatedBody, created_by: req.auth_context.actor_id } })
  res.status(201).json({ subscription: presentSubscription(result), secret: result.secret })
}
