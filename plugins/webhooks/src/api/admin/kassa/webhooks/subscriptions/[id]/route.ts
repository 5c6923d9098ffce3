import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { WEBHOOKS_MODULE } from "../../../../../../modules/webhooks/key"
import type WebhooksModuleService from "../../../../../../modules/webhooks/service"
import { deleteWebhookSubscriptionWorkflow, updateWebhookSubscriptionWorkflow } from "../../../../../../workflows"
import { presentSubscription } from "../../present"
import type { UpdateSubscriptionType } from "../../validators"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const [subscription] = await req.scope.resolve<WebhooksModuleService>(WEBHOOKS_MODULE).listWebhookSubscriptions({ id: req.params.id })
  if (!subscription) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No webhook subscription ${req.params.id}`)
  res.json({ subscription: presentSubscription(subscription) })
}

export const POST = async (req: AuthenticatedMedusaRequest<UpdateSubscriptionType>, res: MedusaResponse) => {
  const { result } = await updateWebhookSubscriptionWorkflow(req.scope).run({ input: { ...req.validatedBody, id: req.params.id } })
  res.json({ subscription: presentSubscription(result) })
}

export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await deleteWebhookSubscriptionWorkflow(req.scope).run({ input: req.params.id })
  res.json({ id: req.params.id, object: "webhook_subscription", deleted: true })
}
