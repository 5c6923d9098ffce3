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
  if (routeMatch(route, PIN_VERIFY)) return pinEvent(req, status, body)
  if (routeMatch(route, CASHIER_SWITCH)) return pinEvent(req, status, body, true)
  if (status === 403) {
    return { action: "access.denied", entity_type: "route", entity_id: `${req.method} ${path}`, changes: { reason: str(body?.message) } }
  }
  return null
}

/**
 * Records sign-ins, sign-outs, failed sign-ins, PIN checks and every refused (403) request,
 * before the response leaves so that whoever reads the log next sees it.
 */
export function recordAccessEvents(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const path = pathOf(req)
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
