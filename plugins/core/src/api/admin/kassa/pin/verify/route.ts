import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { grants } from "../../../../../access/access"
import { STAFF_MODULE } from "../../../../../modules/staff"
import type StaffModuleService from "../../../../../modules/staff/service"
import type { VerifyPinType } from "../../staff/validators"

/**
 * A PIN typed at the counter: cashier switching, or a manager's override. With `policy` (and
 * `branch_id`) it also answers whether the PIN's owner may authorise that there.
 */
export const POST = async (req: AuthenticatedMedusaRequest<VerifyPinType>, res: MedusaResponse) => {
  const { staff_id, pin, policy, branch_id } = req.validatedBody
  const service: StaffModuleService = req.scope.resolve(STAFF_MODULE)
  const [staff] = await service.listStaffMembers({ id: staff_id, is_active: true })
  if (!staff) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No active staff member ${staff_id}`)

  const check = await service.verifyPin(staff_id, pin)
  if (check === "no_pin") throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This staff member has no PIN")
  if (check === "locked") throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Too many wrong PINs: this PIN is locked for a few minutes")
  if (check === "wrong") throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "Wrong PIN")

  const policies = await service.policiesOf(staff)
  const atBranch = !branch_id || staff.all_branches || (staff.branch_ids as string[]).includes(branch_id)
  const authorised = (!policy || grants(policies, policy)) && atBranch
  if (!authorised) {
    throw new MedusaError(
      MedusaError.Types.FORBIDDEN,
      !atBranch ? `This PIN's owner does not work at branch ${branch_id}` : `This PIN's owner lacks the policy ${policy}`
    )
  }
  res.json({ staff_id, verified: true, policy: policy ?? null })
}
