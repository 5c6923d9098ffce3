import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { authorizeByPin } from "../../../../../access/pin-approval"
import type { VerifyPinType } from "../../staff/validators"

/**
 * A PIN typed at the counter: cashier switching, or a manager's override. With `policy` (and
 * `branch_id`) it also answers whether the PIN's owner may authorise that there.
 */
export const POST = async (req: AuthenticatedMedusaRequest<VerifyPinType>, res: MedusaResponse) => {
  const { staff_id, pin, policy, branch_id } = req.validatedBody
  await authorizeByPin(req.scope, { staff_id, pin, policy, branch_id })
  res.json({ staff_id, verified: true, policy: policy ?? null })
}
