import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { approveCountWorkflow } from "../../../../../../../workflows/counts"
import type { ApproveCountType } from "../../../validators"
import { countView } from "../../count-view"

/** A manager approves the count: the variances become stock adjustments with the reason given. */
export const POST = async (req: AuthenticatedMedusaRequest<ApproveCountType>, res: MedusaResponse) => {
  await approveCountWorkflow(req.scope).run({ input: { id: req.params.id, by: req.auth_context.actor_id, reason: req.validatedBody.reason } })
  res.json({ stock_count: await countView(req.scope, req.params.id) })
}
