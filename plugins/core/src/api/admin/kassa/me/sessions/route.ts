import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { accessOf } from "../../../../../access/access"
import { signInOf } from "../../../../../access/sign-in-token"
import { STAFF_MODULE } from "../../../../../modules/staff"
import type StaffModuleService from "../../../../../modules/staff/service"

/** The caller's open sessions (device, address, since when), the one asking marked `current`. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { staff } = await accessOf(req)
  const sessions = staff ? await req.scope.resolve<StaffModuleService>(STAFF_MODULE).openSessions(staff.id) : []
  const mine = signInOf(req)
  res.json({
    // What ties a session to its token or cookie stays on the server.
    sessions: sessions.map(({ token_key, cookie_session_id, ...s }) => ({
      ...s,
      current: (!!token_key && token_key === mine.token_key) || (!!cookie_session_id && cookie_session_id === mine.cookie_session_id),
    })),
    count: sessions.length,
  })
}
