import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { accessOf } from "../../../../../access/access"
import { changeOwnEmailWorkflow } from "../../../../../workflows/staff"
import type { PostOwnEmailType } from "../validators"

/** The caller's own sign-in e-mail, after their current password. */
export const POST = async (req: AuthenticatedMedusaRequest<PostOwnEmailType>, res: MedusaResponse) => {
  const { staff } = await accessOf(req)
  if (!staff) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Only staff change their e-mail here")
  const { result } = await changeOwnEmailWorkflow(req.scope).run({
    input: { ...req.validatedBody, user_id: staff.user_id, source: req.ip ?? "unknown" },
  })
  res.json({ email: result.email })
}
