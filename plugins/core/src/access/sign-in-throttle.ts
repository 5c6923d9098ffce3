import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { STAFF_MODULE } from "../modules/staff"
import { SIGN_IN_PER_ACCOUNT_AND_SOURCE, SIGN_IN_PER_SOURCE } from "../modules/staff/security"
import type StaffModuleService from "../modules/staff/service"
import type { AttemptTaken, ThrottleKey } from "../modules/staff/service"
import { bearerKeyOf, signInOf, tokenExpiry, tokenKey } from "./sign-in-token"
import { secondsUntil, TOO_MANY_ATTEMPTS } from "./too-many-attempts"

const staffService = (req: MedusaRequest): StaffModuleService => req.scope.resolve(STAFF_MODULE)

async function staffByEmail(req: MedusaRequest, email: string) {
  const [user] = await req.scope.resolve(Modules.USER).listUsers({ email }, { select: ["id"] })
  if (!user) return null
  const [staff] = await staffService(req).listStaffMembers({ user_id: user.id })
  return staff ?? null
}

/** Runs `record` with the status and body the route chose, before the response leaves. */
function beforeResponse(res: MedusaResponse, record: (status: number, body: unknown) => Promise<unknown>) {
  const send = res.json.bind(res)
  res.json = ((body: unknown) => {
    record(res.statusCode, body).then(
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

/** 429 with Retry-After: the account from this address, or the address, is locked. */
function refuseLocked(res: MedusaResponse, taken: Extract<AttemptTaken, { ok: false }>, keys: ThrottleKey[]) {
  res.status(429).set("Retry-After", String(secondsUntil(taken.locked_until)))
  res.json({
    type: "too_many_attempts",
    code: TOO_MANY_ATTEMPTS,
    message:
      taken.key === keys[0].key
        ? `Too many failed sign-ins: this account is locked until ${taken.locked_until.toISOString()} from this address`
        : `Too many failed sign-ins from this address: try again after ${taken.locked_until.toISOString()}`,
  })
}

/**
 * Settles a taken attempt once the route has answered: signed in clears the account's counter
 * from this address and gives the address its attempt back; `failed` keeps it (and counts on the
 * staff member); a second factor's challenge leaves it taken until the code is answered; anything
 * else gives both back.
 */
function settleAttempt(req: MedusaRequest, res: MedusaResponse, keys: ThrottleKey[], staff: { id: string } | null, failed: (status: number) => boolean) {
  beforeResponse(res, async (status, body) => {
    const service = staffService(req)
    if (status === 200 && (body as { mfa_required?: boolean } | undefined)?.mfa_required) return
    if (status === 200) {
      await service.clearSignInThrottle(keys[0].key)
      await service.giveBackSignInAttempt(keys.slice(1))
      const token = (body as { token?: unknown } | undefined)?.token
      const signedIn = typeof token === "string" ? { token_key: tokenKey(token), expires_at: tokenExpiry(token) } : {}
      if (staff) await service.recordLogin(staff.id, { ip: req.ip, user_agent: req.get("user-agent"), ...signedIn })
    } else if (failed(status)) {
      if (staff) await service.recordFailedLogin(staff.id)
    } else {
      await service.giveBackSignInAttempt(keys)
    }
  })
}

/**
 * Around POST /auth/<actor>/emailpass: takes an attempt from the account-and-address and the
 * address counters before the password is checked (429 with Retry-After once either is locked),
 * refuses deactivated staff, and afterwards settles the attempt (settleAttempt; a wrong password
 * is a 401). Unknown e-mails are counted like known ones, so the answer says nothing about which
 * accounts exist.
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
      if (!taken.ok) return refuseLocked(res, taken, keys)
      settleAttempt(req, res, keys, staff, (status) => status === 401)
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
      // Read now: the session is destroyed by the route.
      const signIn = signInOf(req)
      if (staff) beforeResponse(res, async (status) => status === 200 && staffService(req).recordLogout(staff.id, signIn))
    }
    next()
  } catch (e) {
    next(e)
  }
}

/** Around POST /auth/session: the admin turns a sign-in's token into a cookie session, which its staff session follows. */
export async function trackCookieSession(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const key = bearerKeyOf(req)
  if (key) {
    beforeResponse(res, async (status) => {
      const id = (req as MedusaRequest & { session?: { id?: string } }).session?.id
      if (status === 200 && id) await staffService(req).bindCookieSession(key, id)
    })
  }
  next()
}

/**
 * Around POST /auth/mfa/challenges/:id/verify (Medusa's second step of a sign-in): a code takes
 * an attempt from the same counters as a password (429 once locked, before Medusa checks it); the
 * right one settles the sign-in as a password alone would (counters cleared, sign-in recorded), a
 * wrong one keeps its attempt, so guessing codes locks the account from that address as wrong
 * passwords do. An authenticator code is taken once: a replayed one is refused before Medusa,
 * which alone would accept it again within its window.
 */
export async function settleSecondFactor(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  try {
    const identityId = (req as MedusaRequest & { auth_context?: { auth_identity_id?: string } }).auth_context?.auth_identity_id
    if (!identityId) return next()
    const [provider] = await req.scope.resolve(Modules.AUTH).listProviderIdentities({ auth_identity_id: identityId, provider: "emailpass" })
    if (!provider) return next()
    const email = provider.entity_id.trim().toLowerCase()
    const keys = signInKeys("user", email, req.ip ?? "unknown")
    const taken = await staffService(req).takeSignInAttempt(keys)
    if (!taken.ok) return refuseLocked(res, taken, keys)
    const staff = await staffByEmail(req, email)
    // A wrong, expired, malformed or used code: Medusa (or the check below) answers 400 or 401.
    settleAttempt(req, res, keys, staff, (status) => status === 400 || status === 401)
    const { method, code } = (req.body ?? {}) as { method?: unknown; code?: unknown }
    if (method === "totp" && typeof code === "string" && !(await staffService(req).takeSecondFactorCode(identityId, code.trim()))) {
      res.status(401).json({ type: "unauthorized", message: "This code was already used: wait for the next one your authenticator app shows" })
      return
    }
    next()
  } catch (e) {
    next(e)
  }
}
