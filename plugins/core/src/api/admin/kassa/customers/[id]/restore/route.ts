import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { restoreCustomerWorkflow } from "../../../../../../workflows/archives"

/** Brings an archived customer back into the lists and the counter's search. */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { result } = await restoreCustomerWorkflow(req.scope).run({ input: { customer_id: req.params.id } })
  res.json({ customer: result })
}
