import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { STAFF_MODULE } from "../modules/staff"
import { SIGN_IN_PER_ACCOUNT_AND_SOURCE, SIGN_IN_PER_SOURCE } from "../modules/staff/security"
import type StaffModuleService from "../modules/staff/service"
import type { ThrottleKey } from "../modules/staff/service"
import { secondsUntil, TOO_MANY_ATTEMPTS } from "./too-many-attempts"

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

/** The counters one sign-in attempt takes: the account from this address first, then the address. */
export function signInKeys(actor: "user" | "customer", email: string, source: string): ThrottleKey[] {
  return [
    { key: `${actor}:${email}|${source}`, ...SIGN_IN_PER_ACCOUNT_AND_SOURCE },
    { key: `source:${source}`, ...SIGN_IN_PER_SOURCE },
  ]
}

/**
 * Around POST /auth/<actor>/emailpass: takes an attempt from the account-and-address and the
 * address counters before the password is checked (429 with Retry-After once either is locked),
 * refuses deactivated staff, and afterwards settles the attempt: a wrong password (401) keeps it,
 * a sign-in clears the account's counter from this address and gives the address its attempt
 * back, anything else gives both back. Unknown e-mails are counted like known ones, so the
 * answer says nothing about which accounts exist.
 */
export const throttleSignIn = (actor: "user" | "customer") =>
  async function throttleSignIn(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
    try {
      const raw = (req.body as { email?: unknown } | undefined)?.email
      if (typeof raw !== "string") return next()
      const email = raw.trim().toLowerCase()
      const staff = actor === "user" ? await staffByEmail(req, raw) : null
      if (staff && !staff.is_active) throw new MedusaError(MedusaError.Types.FORBIDDEN, "This staff account is deactivated")

      const keys = signInKeys(actor, email, req.ip ?? "unknown")
      const taken = await staffService(req).takeSignInAttempt(keys)
      if (!taken.ok) {
        res.status(429).set("Retry-After", String(secondsUntil(taken.locked_until)))
        res.json({
          type: "too_many_attempts",
          code: TOO_MANY_ATTEMPTS,
          message:
            taken.key === keys[0].key
              ? `Too many failed sign-ins: this account is locked until ${taken.locked_until.toISOString()} from this address`
              : `Too many failed sign-ins from this address: try again after ${taken.locked_until.toISOString()}`,
        })
        return
      }
      beforeResponse(res, async (status) => {
        const service = staffService(req)
        if (status === 200) {
          await service.clearSignInThrottle(keys[0].key)
          await service.giveBackSignInAttempt(keys.slice(1))
          if (staff) await service.recordLogin(staff.id, { ip: req.ip, user_agent: req.get("user-agent") })
        } else if (status === 401) {
          if (staff) await service.recordFailedLogin(staff.id)
        } else {
          await service.giveBackSignInAttempt(keys)
        }
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
