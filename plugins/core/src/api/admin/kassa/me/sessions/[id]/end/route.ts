import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { accessOf } from "../../../../../../../access/access"
import { endOwnSessionWorkflow } from "../../../../../../../workflows/staff"

/** Ends one of the caller's own sessions (a device left signed in); its token opens nothing after. */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { staff } = await accessOf(req)
  if (!staff) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Only staff have sessions to end")
  const { result } = await endOwnSessionWorkflow(req.scope).run({ input: { staff_id: staff.id, session_id: req.params.id } })
  res.json({ session: { id: result.id, ended_at: result.ended_at } })
}
