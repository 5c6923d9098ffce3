import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { archiveCustomerWorkflow } from "../../../../../../workflows/archives"
import type { ArchiveType } from "../../../archive-validators"

/** Archives a customer (kept, with their orders; hidden from lists and the counter's search). */
export const POST = async (req: AuthenticatedMedusaRequest<ArchiveType>, res: MedusaResponse) => {
  const { result } = await archiveCustomerWorkflow(req.scope).run({
    input: { customer_id: req.params.id, reason: req.validatedBody.reason, archived_by: req.auth_context.actor_id },
  })
  res.json({ customer: result })
}
