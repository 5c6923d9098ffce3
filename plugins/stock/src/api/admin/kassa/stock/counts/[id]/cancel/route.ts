import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { cancelCountWorkflow } from "../../../../../../../workflows/counts"
import type { CancelCountType } from "../../../validators"
import { countView } from "../../count-view"

/** A count given up: no stock moves. */
export const POST = async (req: AuthenticatedMedusaRequest<CancelCountType>, res: MedusaResponse) => {
  await cancelCountWorkflow(req.scope).run({ input: { id: req.params.id, by: req.auth_context.actor_id, reason: req.validatedBody.reason ?? null } })
  res.json({ stock_count: await countView(req.scope, req.params.id) })
}
