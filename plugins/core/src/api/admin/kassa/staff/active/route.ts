import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { accessOf } from "../../../../../access/access"
import { ACTIVE_SESSION_MINUTES } from "../../../../../modules/staff/security"
import { listStaff } from "../query"

/**
 * The "active staff" panel: signed in (a session not closed) and seen in the last
 * ACTIVE_SESSION_MINUTES, at the caller's branches.
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const access = await accessOf(req)
  const since = Date.now() - ACTIVE_SESSION_MINUTES * 60 * 1000
  const active = (await listStaff(req.scope, { is_active: true })).filter((s) => {
    const seen = s.last_seen_at ? new Date(s.last_seen_at).getTime() : 0
    const signedOut = !!s.last_logout_at && !!s.last_login_at && new Date(s.last_logout_at) >= new Date(s.last_login_at)
    const visible = access.allBranches || s.branch_ids.some((b) => access.atBranch(b))
    return visible && seen >= since && !signedOut
  })
  res.json({ staff: active, count: active.length, window_minutes: ACTIVE_SESSION_MINUTES })
}
