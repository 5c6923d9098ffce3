import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { WEBHOOKS_MODULE } from "../../../../../../../modules/webhooks/key"
import type WebhooksModuleService from "../../../../../../../modules/webhooks/service"
import { presentDelivery } from "../../../present"
import type { ListDeliveriesType } from "../../../validators"

/** A subscription's delivery log, newest first. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { status, offset, limit } = req.validatedQuery as ListDeliveriesType
  const [deliveries, count] = await req.scope
    .resolve<WebhooksModuleService>(WEBHOOKS_MODULE)
    .listAndCountWebhookDeliveries({ subscription_id: req.params.id, ...(status ? { status } : {}) }, { skip: offset, take: limit, order: { created_at: "DESC", id: "DESC" } })
  res.json({ deliveries: deliveries.map(presentDelivery), count, offset, limit })
}
