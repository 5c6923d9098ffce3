import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { updateStaffWorkflow } from "../../../../../workflows/staff"
import { retrieveStaff } from "../query"
import type { UpdateStaffType } from "../validators"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ staff: await retrieveStaff(req.scope, req.params.id) })
}

/** Changes roles, branches, details or the PIN; `is_active: false` blocks the next request. */
export const POST = async (req: AuthenticatedMedusaRequest<UpdateStaffType>, res: MedusaResponse) => {
  await updateStaffWorkflow(req.scope).run({ input: { ...req.validatedBody, id: req.params.id } })
  res.json({ staff: await retrieveStaff(req.scope, req.params.id) })
}
