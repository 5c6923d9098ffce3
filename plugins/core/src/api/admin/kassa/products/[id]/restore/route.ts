import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { restoreProductWorkflow } from "../../../../../../workflows/archives"

/** Publishes an archived product again: it sells at the counter and on the web store. */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { result } = await restoreProductWorkflow(req.scope).run({ input: { product_id: req.params.id } })
  res.json({ product: result })
}
