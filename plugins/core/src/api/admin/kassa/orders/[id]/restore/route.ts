import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { restoreOrderRecordWorkflow } from "../../../../../../workflows/archives"

/** Puts an archived order back in the status it had before. */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { result } = await restoreOrderRecordWorkflow(req.scope).run({ input: { order_id: req.params.id } })
  res.json({ order: result })
}
