import type { MedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { STAFF_MODULE } from "../modules/staff"
import type { StaffAccessRow } from "../modules/staff/service"
import type StaffModuleService from "../modules/staff/service"
import { signInOf } from "./sign-in-token"

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
}

const forbidden = (message: string) => new MedusaError(MedusaError.Types.FORBIDDEN, message)

/** `*` grants everything, `resource:*` every operation on a resource. */
export const grants = (policies: Set<string>, policy: string) =>
  policies.has("*") || policies.has(policy) || policies.has(`${policy.split(":")[0]}:*`)

type WithAccess = MedusaRequest & { kassaAccess?: Promise<Access> }

/**
 * The signed-in actor's access. Staff are read from the database on every request, so a
 * deactivation or a role change applies to the very next request. Secret API keys (other
 * systems) act with every policy at every branch.
 */
export function accessOf(req: MedusaRequest): Promise<Access> {
  const r = req as WithAccess
  r.kassaAccess ??= loadAccess(req)
  return r.kassaAccess
}

async function loadAccess(req: MedusaRequest): Promise<Access> {
  const auth = (req as MedusaRequest & { auth_context?: { actor_id: string; actor_type: string; mfa_enabled?: boolean } }).auth_context
  if (!auth?.actor_id) throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "Sign in first")
  if (auth.actor_type === "api-key") {
    return { actor: { type: "api-key", id: auth.actor_id }, staff: null, can: () => true, atBranch: () => true, allBranches: true, enrolmentNeeded: null }
  }
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

const enrolmentMessage = (roles: string[]) =>
  `${roles.length > 1 ? `Your roles ${roles.join(", ")} require` : `Your role ${roles[0]} requires`} two-factor sign-in: ` +
  "set up an authenticator app in the admin under Settings → Profile → Two-factor authentication, then sign in again"

export const requirePolicy = (access: Access, policy: string) => {
  if (!access.can(policy)) throw forbidden(`Missing policy ${policy}`)
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
