import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { updateWebhookSubscriptionWorkflow } from "../../../../../../../workflows"
import { presentSubscription } from "../../../present"

/** A new signing secret, in this answer only: bodies are signed with it from now on. */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { result } = await updateWebhookSubscriptionWorkflow(req.scope).run({ input: { id: req.params.id, rotate_secret: true } })
  res.json({ subscription: presentSubscription(result), secret: result.secret })
}
