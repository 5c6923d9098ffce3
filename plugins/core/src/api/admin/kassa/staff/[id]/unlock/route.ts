import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { unlockStaffWorkflow } from "../../../../../../workflows/staff"
import { retrieveStaff } from "../../query"

/** Lifts a lockout (failed sign-ins or PINs) before it runs out. */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await unlockStaffWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ staff: await retrieveStaff(req.scope, req.params.id) })
}
