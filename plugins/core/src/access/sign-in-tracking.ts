import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { STAFF_MODULE } from "../modules/staff"
import type StaffModuleService from "../modules/staff/service"

const staffService = (req: MedusaRequest): StaffModuleService => req.scope.resolve(STAFF_MODULE)

async function staffByEmail(req: MedusaRequest, email: string) {
  const [user] = await req.scope.resolve(Modules.USER).listUsers({ email }, { select: ["id"] })
  if (!user) return null
  const [staff] = await staffService(req).listStaffMembers({ user_id: user.id })
  return staff ?? null
}

/** Runs `record` with the status the route chose, before the response leaves. */
function beforeResponse(res: MedusaResponse, record: (status: number) => Promise<unknown>) {
  const send = res.json.bind(res)
  res.json = ((body: unknown) => {
    record(res.statusCode).then(
      () => send(body),
      () => send(body)
    )
    return res
  }) as MedusaResponse["json"]
}

/**
 * Around POST /auth/user/emailpass: refuses deactivated and locked-out staff, counts failed
 * sign-ins (locking the account after too many), and opens a session on success.
 */
export async function trackSignIn(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  try {
    const email = (req.body as { email?: unknown } | undefined)?.email
    const staff = typeof email === "string" ? await staffByEmail(req, email) : null
    if (!staff) return next()
    if (!staff.is_active) throw new MedusaError(MedusaError.Types.FORBIDDEN, "This staff account is deactivated")
    if (staff.locked_until && new Date(staff.locked_until) > new Date()) {
      res.status(429).json({
        type: "too_many_attempts",
        message: `Too many failed sign-ins: this account is locked until ${new Date(staff.locked_until).toISOString()}`,
      })
      return
    }
    beforeResponse(res, async (status) => {
      if (status === 200) await staffService(req).recordLogin(staff.id, { ip: req.ip, user_agent: req.get("user-agent") })
      if (status === 401) await staffService(req).recordFailedLogin(staff.id)
    })
    next()
  } catch (e) {
    next(e)
  }
}

/** Around DELETE /auth/session: the cookie session's staff member signs out. */
export async function trackSignOut(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  try {
    const session = (req as MedusaRequest & { session?: { auth_context?: { actor_id?: string; actor_type?: string } } }).session
    const actor = session?.auth_context
    if (actor?.actor_id && actor.actor_type === "user") {
      const [staff] = await staffService(req).listStaffMembers({ user_id: actor.actor_id }, { select: ["id"] })
      if (staff) beforeResponse(res, async (status) => status === 200 && staffService(req).recordLogout(staff.id))
    }
    next()
  } catch (e) {
    next(e)
  }
}
