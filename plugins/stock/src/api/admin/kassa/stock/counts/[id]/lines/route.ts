import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { recordCountedWorkflow } from "../../../../../../../workflows/counts"
import type { CountLinesType } from "../../../validators"
import { countView } from "../../count-view"

/** Counted quantities scanned (adding up) or entered, by barcode or variant. */
export const POST = async (req: AuthenticatedMedusaRequest<CountLinesType>, res: MedusaResponse) => {
  await recordCountedWorkflow(req.scope).run({ input: { id: req.params.id, entries: req.validatedBody.lines } })
  res.json({ stock_count: await countView(req.scope, req.params.id) })
}
