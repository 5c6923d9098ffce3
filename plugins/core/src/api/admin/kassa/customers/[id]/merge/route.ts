import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { mergeCustomersWorkflow } from "../../../../../../workflows/customers"
import type { MergeCustomerType } from "../../validators"

/** Merges `from_customer_id` into this customer (the one kept), with the reason; answers the merge record. */
export const POST = async (req: AuthenticatedMedusaRequest<MergeCustomerType>, res: MedusaResponse) => {
  const { result } = await mergeCustomersWorkflow(req.scope).run({
    input: {
      into_customer_id: req.params.id,
      from_customer_id: req.validatedBody.from_customer_id,
      reason: req.validatedBody.reason,
      merged_by: req.auth_context.actor_id,
    },
  })
  res.json({ customer_merge: result })
}
