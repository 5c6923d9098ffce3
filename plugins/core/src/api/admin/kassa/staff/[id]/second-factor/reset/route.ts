import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { accessOf } from "../../../../../../../access/access"
import { resetSecondFactorWorkflow } from "../../../../../../../workflows/staff"
import type { ResetSecondFactorType } from "../../../validators"

/** Disables a staff member's second factors (a lost phone), with the reason: they sign in with the password and enrol again. */
export const POST = async (req: AuthenticatedMedusaRequest<ResetSecondFactorType>, res: MedusaResponse) => {
  const access = await accessOf(req)
  if (!access.staff) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "A second factor is reset by an owner, not an API key")
  const { result } = await resetSecondFactorWorkflow(req.scope).run({ input: { staff_id: req.params.id, reason: req.validatedBody.reason, reset_by: access.staff.id } })
  res.json({ second_factor_reset: result })
}
