import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { removeThresholdWorkflow } from "../../../../../../workflows/thresholds"

/** Removes a threshold: the next less specific one (or the default) applies again. */
export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await removeThresholdWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ id: req.params.id, object: "threshold", deleted: true })
}
