import { accessOf } from "@kassa/core/kit"
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { returnRequestView } from "../../../../../../../sale/return-requests"
import { decideReturnRequestWorkflow } from "../../../../../../../workflows/return-requests"
import type { ApproveReturnRequestType } from "../../validators"

/** A manager (pos:approve_return at the request's branch) approves a pending request: the counter may complete it. */
export const POST = async (req: AuthenticatedMedusaRequest<ApproveReturnRequestType>, res: MedusaResponse) => {
  const access = await accessOf(req)
  if (!access.staff) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "A return request is decided by a staff member, not an API key")
  await decideReturnRequestWorkflow(req.scope).run({ input: { id: req.params.id, decision: "approved", decided_by: access.staff.id, note: req.validatedBody.note } })
  res.json({ return_request: await returnRequestView(req.scope, req.params.id) })
}
