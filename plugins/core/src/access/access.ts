import type { MedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { STAFF_MODULE } from "../modules/staff"
import type { StaffAccessRow } from "../modules/staff/service"
import type StaffModuleService from "../modules/staff/service"
import { signInOf } from "./sign-in-token"
import { tooManyAttempts } from "./too-many-attempts"

/** Calls a minute a secret API key may make when its access sets no limit of its own. */
export const API_KEY_DEFAULT_RATE = 600

export type StaffRecord = StaffAccessRow

/** Who is asking, and what they may do: resolved once per request. */
export type Access = {
  actor: { type: "user"; id: string } | { type: "api-key"; id: string }
  staff: StaffRecord | null
  can: (policy: string) => boolean
  atBranch: (stockLocationId: string) => boolean
  allBranches: boolean
  /**
   * Why this staff member may do nothing yet: a role of theirs requires a second factor they have
   * not enrolled. Until then they reach only their profile, where Medusa's MFA enrolment is.
   */
  enrolmentNeeded: string | null
  /** Why every policy is refused, when there is one reason for all (an API key given no role). */
  refusal?: string
}

const forbidden = (message: string) => new MedusaError(MedusaError.Types.FORBIDDEN, message)

/** `*` grants everything, `resource:*` every operation on a resource. */
export const grants = (policies: Set<string>, policy: string) =>
  policies.has("*") || policies.has(policy) || policies.has(`${policy.split(":")[0]}:*`)

type WithAccess = MedusaRequest & { kassaAccess?: Promise<Access> }

/**
 * The signed-in actor's access. Staff are read from the database on every request, so a
 * deactivation or a role change applies to the very next request. A secret API key (another
 * system) acts with the roles and branches given to it (none: no policy at all), within its
 * calls a minute.
 */
export function accessOf(req: MedusaRequest): Promise<Access> {
  const r = req as WithAccess
  r.kassaAccess ??= loadAccess(req)
  return r.kassaAccess
}

async function loadAccess(req: MedusaRequest): Promise<Access> {
  const auth = (req as MedusaRequest & { auth_context?: { actor_id: string; actor_type: string; mfa_enabled?: boolean } }).auth_context
  if (!auth?.actor_id) throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "Sign in first")
  if (auth.actor_type === "api-key") return apiKeyAccess(req, auth.actor_id)
  const found = await req.scope.resolve<StaffModuleService>(STAFF_MODULE).accessRecord(auth.actor_id, signInOf(req))
  if (!found) throw forbidden("You have no Kassa staff record: an owner or manager must add you under Staff")
  const { staff, policies } = found
  if (!staff.is_active) throw forbidden("Your staff account is deactivated")
  // Medusa's tokens stay valid until they expire; a session signed out or ended from the profile ends its token here.
  if (staff.session_ended) throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "This sign-in has ended (signed out, or ended from your profile): sign in again")
  // Medusa keeps honouring a sign-in from before the staff member's second factor; Kassa does not.
  if (staff.second_factor_since && !auth.mfa_enabled) {
    throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "This sign-in is from before your two-factor sign-in was set up: sign in again with your authenticator code")
  }
  const actor = { type: "user" as const, id: auth.actor_id }
  if (staff.second_factor_roles.length && !staff.second_factor_since) {
    return { actor, staff, can: () => false, atBranch: () => false, allBranches: false, enrolmentNeeded: enrolmentMessage(staff.second_factor_roles) }
  }
  const branches = new Set(staff.branch_ids)
  return {
    actor,
    staff,
    can: (policy) => grants(policies, policy),
    atBranch: (id) => staff.all_branches || branches.has(id),
    allBranches: staff.all_branches,
    enrolmentNeeded: null,
  }
}

/**
 * A secret API key's access: its roles' policies at its branches. Each call counts toward the
 * key's limit a minute (in PostgreSQL, so every server process counts the same calls); over it,
 * 429 with Retry-After until the next minute.
 */
async function apiKeyAccess(req: MedusaRequest, apiKeyId: string): Promise<Access> {
  const staffModule = req.scope.resolve<StaffModuleService>(STAFF_MODULE)
  const found = await staffModule.apiKeyAccessRecord(apiKeyId)
  const limit = found?.access.rate_limit_per_minute ?? API_KEY_DEFAULT_RATE
  if ((await staffModule.countApiKeyCall(apiKeyId)) > limit) {
    const next = new Date()
    next.setSeconds(60, 0)
    throw tooManyAttempts(`This API key may make ${limit} calls a minute: try again in a minute`, next)
  }
  const actor = { type: "api-key" as const, id: apiKeyId }
  if (!found) {
    const none = "This API key has no Kassa role: an owner gives it one (POST /admin/kassa/api-keys/:id/access)"
    return { actor, staff: null, can: () => false, atBranch: () => false, allBranches: false, enrolmentNeeded: null, refusal: none }
  }
  const branches = new Set(found.access.branch_ids)
  return {
    actor,
    staff: null,
    can: (policy) => grants(found.policies, policy),
    atBranch: (id) => found.access.all_branches || branches.has(id),
    allBranches: found.access.all_branches,
    enrolmentNeeded: null,
  }
}

const enrolmentMessage = (roles: string[]) =>
  `${roles.length > 1 ? `Your roles ${roles.join(", ")} require` : `Your role ${roles[0]} requires`} two-factor sign-in: ` +
  "set up an authenticator app in the admin under Settings → Profile → Two-factor authentication, then sign in again"

export const requirePolicy = (access: Access, policy: string) => {
  if (!access.can(policy)) throw forbidden(access.refusal ?? `Missing policy ${policy}`)
}

/** Refuses a caller who does not act at every branch: what the route shows or changes concerns them all. */
export const requireAllBranches = (access: Access, what: string) => {
  if (!access.allBranches) throw forbidden(`${what} concern every branch: only staff of all branches may use them`)
}

/** Refuses a branch the caller does not work at, naming it as staff know it (code and name). */
export async function requireBranch(req: MedusaRequest, access: Access, stockLocationId: string) {
  if (access.atBranch(stockLocationId)) return
  throw forbidden(`Not allowed at branch ${await branchLabel(req, stockLocationId)}`)
}

async function branchLabel(req: MedusaRequest, stockLocationId: string) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "stock_location", fields: ["name"], filters: { id: stockLocationId } })
  const { data: details } = await query.graph({ entity: "branch", fields: ["code"], filters: { stock_location_id: stockLocationId } })
  const name = (data[0] as { name?: string } | undefined)?.name
  const code = (details[0] as { code?: string } | undefined)?.code
  return name ? `${code ? `${code} ` : ""}(${name})` : stockLocationId
}
