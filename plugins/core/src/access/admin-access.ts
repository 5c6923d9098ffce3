import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { STAFF_MODULE } from "../modules/staff"
import type StaffModuleService from "../modules/staff/service"
import { accessOf, requireBranch, requirePolicy } from "./access"
import { findAdminRule } from "./medusa-admin-rules"
import { hideArchivedOrders, scopeOrders } from "./order-scope"
import { routeMatch, routeMethodOf, routePathOf } from "./route-path"

// last_seen_at is written at most once a minute: most requests skip the round trip.
const seenLongAgo = (at: Date | string | null) => !at || Date.now() - new Date(at).getTime() > 60_000

// Reachable without a staff record, so the admin can explain why nothing else is.
const WITHOUT_STAFF = /^GET \/admin\/(users|kassa)\/me$/
const KASSA_ROUTES = /^\/admin\/kassa(\/|$)/
// All that staff who must enrol a second factor first may reach: their profile (Medusa's MFA
// enrolment lives under /auth, outside the admin), who they are, and signing out.
const BEFORE_ENROLMENT = /^(GET \/admin\/(users|kassa)\/me|POST \/admin\/kassa\/me\/sign-out)$/

/**
 * Runs after Medusa's authentication on every /admin request: refuses deactivated staff and
 * users without a staff record, notes the staff member as active, and applies the policy and
 * branch of Medusa's own routes (Kassa's routes carry their own guard).
 */
export async function adminAccess(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    const auth = (req as MedusaRequest & { auth_context?: { actor_id?: string } }).auth_context
    if (!auth?.actor_id) return next()
    // Every spelling Express routes to one handler compares as one path, and HEAD as GET.
    const path = routePathOf(req)
    const method = routeMethodOf(req)
    const access = await accessOf(req).catch((e) => {
      if (routeMatch(`${method} ${path}`, WITHOUT_STAFF) && /no Kassa staff record/.test(e.message)) return null
      throw e
    })
    if (!access) return next()
    if (access.enrolmentNeeded && !routeMatch(`${method} ${path}`, BEFORE_ENROLMENT)) {
      throw new MedusaError(MedusaError.Types.FORBIDDEN, access.enrolmentNeeded)
    }
    // An API key given no role reaches nothing, not even the reads any staff member may make.
    if (access.refusal) throw new MedusaError(MedusaError.Types.FORBIDDEN, access.refusal)
    if (access.staff && seenLongAgo(access.staff.last_seen_at)) {
      await req.scope.resolve<StaffModuleService>(STAFF_MODULE).touch(access.staff.id)
    }
    if (routeMatch(path, KASSA_ROUTES)) return next()

    const found = findAdminRule(method, path)
    if (found) {
      const own = found.rule.ownUser && access.actor.type === "user" && found.match[1] === access.actor.id
      if (found.rule.policy && !own) requirePolicy(access, found.rule.policy)
      const branches = found.rule.branches ? await found.rule.branches(req, found.match) : []
      if (branches === "all") {
        if (!access.allBranches) throw new MedusaError(MedusaError.Types.FORBIDDEN, "Only staff of every branch may do this")
      } else {
        for (const b of branches) await requireBranch(req, access, b)
      }
    }
    await scopeOrders(req, path)
    hideArchivedOrders(req, path)
    next()
  } catch (e) {
    next(e)
  }
}
