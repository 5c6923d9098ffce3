import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { accessOf } from "../../../../../access/access"
import { tokenTimes } from "../../../../../access/token-times"
import { STAFF_MODULE } from "../../../../../modules/staff"
import type StaffModuleService from "../../../../../modules/staff/service"

/** Closes the caller's session, and with it their token: for clients on bearer tokens, which have no cookie to drop. */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { staff } = await accessOf(req)
  if (staff) await req.scope.resolve<StaffModuleService>(STAFF_MODULE).recordLogout(staff.id, tokenTimes(req.auth_context)?.issued_at ?? null)
  res.json({ signed_out: true })
}
