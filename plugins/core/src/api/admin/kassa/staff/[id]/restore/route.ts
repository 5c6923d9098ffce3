import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { restoreStaffWorkflow } from "../../../../../../workflows/archives"
import { retrieveStaff } from "../../query"

/** Reactivates an archived staff member. */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await restoreStaffWorkflow(req.scope).run({ input: { staff_id: req.params.id } })
  res.json({ staff: await retrieveStaff(req.scope, req.params.id) })
}
