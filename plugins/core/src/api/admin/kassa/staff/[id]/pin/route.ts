import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { updateStaffWorkflow } from "../../../../../../workflows/staff"
import type { PostPinType } from "../../validators"

/** Sets (or with null, removes) a staff member's counter PIN; it is stored hashed. */
export const POST = async (req: AuthenticatedMedusaRequest<PostPinType>, res: MedusaResponse) => {
  await updateStaffWorkflow(req.scope).run({ input: { id: req.params.id, pin: req.validatedBody.pin } })
  res.json({ id: req.params.id, has_pin: req.validatedBody.pin !== null })
}
