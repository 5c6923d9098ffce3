import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { drainDeliveryQueue } from "../../../../../../../delivery/queue"
import { WEBHOOKS_MODULE } from "../../../../../../../modules/webhooks/key"
import type WebhooksModuleService from "../../../../../../../modules/webhooks/service"
import { redeliverWebhookWorkflow } from "../../../../../../../workflows"
import { presentDelivery } from "../../../present"

/** Sends a delivery again now (the same event id and body): a receiver that lost it, or one that failed for good. */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await redeliverWebhookWorkflow(req.scope).run({ input: req.params.id })
  void drainDeliveryQueue(req.scope)
  const [delivery] = await req.scope.resolve<WebhooksModuleService>(WEBHOOKS_MODULE).listWebhookDeliveries({ id: req.params.id })
  res.status(202).json({ delivery: presentDelivery(delivery) })
}
