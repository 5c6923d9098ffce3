import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { preorderOr404 } from "../read"

/** A pre-order with its payments, from any branch: its balance is paid at any of them. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ preorder: await preorderOr404(req.scope, req.params.id) })
}
