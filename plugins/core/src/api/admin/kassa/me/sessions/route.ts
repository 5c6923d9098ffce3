import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { accessOf } from "../../../../../access/access"
import { tokenTimes } from "../../../../../access/token-times"
import { STAFF_MODULE } from "../../../../../modules/staff"
import type StaffModuleService from "../../../../../modules/staff/service"

/** The caller's open sessions (device, address, since when), the one asking marked `current`. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { staff } = await accessOf(req)
  const sessions = staff ? await req.scope.resolve<StaffModuleService>(STAFF_MODULE).openSessions(staff.id) : []
  const mine = tokenTimes(req.auth_context)?.issued_at.getTime()
  res.json({
    sessions: sessions.map((s) => ({ ...s, current: !!s.issued_at && new Date(s.issued_at).getTime() === mine })),
    count: sessions.length,
  })
}
