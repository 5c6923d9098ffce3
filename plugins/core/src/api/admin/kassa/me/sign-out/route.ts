import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { accessOf } from "../../../../../access/access"
import { signInOf } from "../../../../../access/sign-in-token"
import { STAFF_MODULE } from "../../../../../modules/staff"
import type StaffModuleService from "../../../../../modules/staff/service"

/** Closes the caller's session, and with it their token: for clients on bearer tokens, which have no cookie to drop. */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { staff } = await accessOf(req)
  if (staff) await req.scope.resolve<StaffModuleService>(STAFF_MODULE).recordLogout(staff.id, signInOf(req))
  res.json({ signed_out: true })
}
