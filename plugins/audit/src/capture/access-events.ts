import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { routeMatch, routeMethodOf, routePathOf } from "@kassa/core/kit"
import { Modules } from "@medusajs/framework/utils"
import { AUDIT_MODULE } from "../modules/audit"
import type AuditModuleService from "../modules/audit/service"
import type { AuditEvent } from "../modules/audit/service"

type Body = Record<string, unknown> | undefined
type Session = { session?: { auth_context?: { actor_id?: string; actor_type?: string } } }

const str = (v: unknown) => (typeof v === "string" ? v : null)

/** Sign-ins: the user the e-mail belongs to, or just the e-mail someone tried. */
async function signInEvent(req: MedusaRequest, status: number): Promise<AuditEvent | null> {
  const action = ({ 200: "auth.sign_in", 401: "auth.sign_in_failed", 403: "auth.sign_in_refused", 429: "auth.locked_out" } as Record<number, string>)[status]
  if (!action) return null
  const email = str((req.body as Body)?.email)
  const [user] = email ? await req.scope.resolve(Modules.USER).listUsers({ email }, { select: ["id"] }) : []
  // A known user's name is filled in when the entry is chained; an unknown e-mail is all there is.
  return {
    action,
    entity_type: "auth",
    entity_id: user?.id ?? null,
    actor_type: "user",
    actor_id: user?.id ?? null,
    actor_name: user ? null : email,
    changes: { email },
  }
}

/** A PIN typed at the counter: a manager's override when it authorises a policy; a cashier taking over. */
function pinEvent(req: MedusaRequest, status: number, body: Body, cashierSwitch = false): AuditEvent {
  const b = (req.body ?? {}) as Body
  const policy = str(b?.policy)
  const result = status === 200 ? "accepted" : status === 401 ? "wrong_pin" : status === 403 ? "refused" : "rejected"
  return {
    action: cashierSwitch ? "pin.cashier_switch" : policy ? "pin.override" : "pin.verify",
    entity_type: "staff_member",
    entity_id: str(b?.staff_id),
    branch_id: str(b?.branch_id) ?? str(b?.location_id),
    changes: { result, policy, ...(status === 200 ? {} : { reason: str(body?.message) }) },
  }
}

type AuthContext = { auth_context?: { actor_id?: string } }

// Medusa's MFA routes: enrolment, removal, recovery codes and the sign-in challenge.
const MFA = /^\S+ \/auth\/mfa\//
const MFA_ENABLE = /^POST \/auth\/mfa\/factors\/([^/]+)\/verify$/
const MFA_DISABLE = /^DELETE \/auth\/mfa\/factors\/([^/]+)$/
const MFA_RECOVERY_CODES = /^POST \/auth\/mfa\/recovery-codes$/
const MFA_CHALLENGE = /^POST \/auth\/mfa\/challenges\/([^/]+)\/verify$/

/** A second factor enrolled, removed or answered: the signed-in (or half signed-in) user, and the outcome. */
function secondFactorEvent(req: MedusaRequest, route: string, status: number, body: Body): AuditEvent | null {
  const user = (req as MedusaRequest & AuthContext).auth_context?.actor_id ?? null
  const ok = status >= 200 && status < 300
  const reason = ok ? {} : { reason: str(body?.message) }
  const event = (action: string, changes: Record<string, unknown>): AuditEvent => ({
    action,
    entity_type: "auth",
    entity_id: user,
    actor_type: "user",
    actor_id: user,
    changes: { ...changes, ...reason },
  })
  const enable = routeMatch(route, MFA_ENABLE)
  if (enable) return event(ok ? "auth.second_factor_enabled" : "auth.second_factor_enrol_failed", { factor_id: enable[1] })
  const disable = routeMatch(route, MFA_DISABLE)
  if (disable) return ok ? event("auth.second_factor_disabled", { factor_id: disable[1] }) : null
  if (routeMatch(route, MFA_RECOVERY_CODES)) return ok ? event("auth.recovery_codes_created", {}) : null
  const challenge = routeMatch(route, MFA_CHALLENGE)
  if (!challenge) return null
  const method = str((req.body as Body)?.method)
  if (status === 429) return event("auth.locked_out", { challenge_id: challenge[1], method })
  if (ok) return event(method === "recovery_code" ? "auth.recovery_code_used" : "auth.second_factor_passed", { challenge_id: challenge[1], method })
  return event("auth.second_factor_failed", { challenge_id: challenge[1], method })
}

// Compared as the route guards compare paths, so that no spelling of these routes goes unrecorded.
const SIGN_IN = /^POST \/auth\/user\/emailpass$/
const SIGN_OUT = /^DELETE \/auth\/session$/
const PIN_VERIFY = /^POST \/admin\/kassa\/pin\/verify$/
const CASHIER_SWITCH = /^POST \/admin\/kassa\/pos\/cashier-switch$/

/** The canonical path; a malformed one as written (it is refused with a 400 anyway). */
function pathOf(req: MedusaRequest) {
  try {
    return routePathOf(req)
  } catch {
    return `${req.baseUrl}${req.path}`
  }
}

/** What a finished request means for the log, if anything. */
async function eventOf(req: MedusaRequest, path: string, status: number, body: Body, signedOut: string | null) {
  const route = `${routeMethodOf(req)} ${path}`
  if (routeMatch(route, SIGN_IN)) return signInEvent(req, status)
  if (routeMatch(route, SIGN_OUT)) {
    return status === 200 && signedOut ? { action: "auth.sign_out", entity_type: "auth", entity_id: signedOut, actor_type: "user", actor_id: signedOut } : null
  }
  if (routeMatch(route, MFA)) return secondFactorEvent(req, route, status, body)
  if (routeMatch(route, PIN_VERIFY)) return pinEvent(req, status, body)
  if (routeMatch(route, CASHIER_SWITCH)) return pinEvent(req, status, body, true)
  if (status === 403) {
    return { action: "access.denied", entity_type: "route", entity_id: `${req.method} ${path}`, changes: { reason: str(body?.message) } }
  }
  return null
}

/**
 * Another system's call with a secret API key, whatever it answered (CSV and PDF too): which
 * route, and the status. Recorded once the response is sent, since it may not be JSON.
 */
function recordApiKeyCall(req: MedusaRequest, res: MedusaResponse, path: string) {
  res.on("finish", () => {
    const auth = (req as MedusaRequest & { auth_context?: { actor_id?: string; actor_type?: string } }).auth_context
    if (auth?.actor_type !== "api-key" || !auth.actor_id) return
    const event: AuditEvent = {
      action: "api_key.call",
      entity_type: "api_key",
      entity_id: auth.actor_id,
      actor_type: "api-key",
      actor_id: auth.actor_id,
      changes: { method: req.method, path, status: res.statusCode },
    }
    req.scope
      .resolve<AuditModuleService>(AUDIT_MODULE)
      .record([event])
      .catch((e: Error) => req.scope.resolve("logger").warn(`Audit: could not record an API key's ${req.method} ${path}: ${e.message}`))
  })
}

/**
 * Records sign-ins, sign-outs, failed sign-ins, second factors (enrolled, removed, answered or
 * failed), PIN checks and every refused (403) request,
 * before the response leaves so that whoever reads the log next sees it; and every call made
 * with a secret API key.
 */
export function recordAccessEvents(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const path = pathOf(req)
  recordApiKeyCall(req, res, path)
  // Read now: signing out destroys the session the actor is in.
  const signedOut = (req as MedusaRequest & Session).session?.auth_context?.actor_id ?? null
  const send = res.json.bind(res)
  res.json = ((body: unknown) => {
    eventOf(req, path, res.statusCode, body as Body, signedOut)
      .then((event) => event && req.scope.resolve<AuditModuleService>(AUDIT_MODULE).record([event]))
      .catch((e) => req.scope.resolve("logger").warn(`Audit: could not record ${req.method} ${path}: ${e.message}`))
      .finally(() => send(body))
    return res
  }) as MedusaResponse["json"]
  next()
}
