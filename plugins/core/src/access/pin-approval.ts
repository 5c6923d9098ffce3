import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { STAFF_MODULE } from "../modules/staff"
import type StaffModuleService from "../modules/staff/service"
import { grants } from "./access"
import { tooManyAttempts } from "./too-many-attempts"

export type PinApproval = { staff_id: string; pin: string }

export type AuthorizeByPinInput = PinApproval & {
  /** The policy the PIN's owner must hold; none when the PIN only proves who is typing. */
  policy?: string
  /** The branch (stock location) where they must hold it; any branch when absent. */
  branch_id?: string
  /** The 403's message when the owner may not authorise it there; by default it says which is missing. */
  refusal?: string
}

/**
 * A PIN typed at the counter, checked once for every caller (manager overrides, warranty
 * windows, cashier switching, the counter's own check): the PIN's owner is active, the PIN is
 * right and not locked (its attempts are counted before it is compared, and a wrong one is
 * counted even though the request then fails), and the owner holds `policy` at `branch_id`.
 * Answers: 404 no such active staff member, 400 no PIN set, 429 with Retry-After while locked,
 * 401 wrong PIN, 403 not theirs to authorise. The audit log keeps each failure (the staff row's
 * counters) and each approval (on the record it approved, and the PIN routes' own entries).
 */
export async function authorizeByPin(container: MedusaContainer, input: AuthorizeByPinInput) {
  const service = container.resolve<StaffModuleService>(STAFF_MODULE)
  const [staff] = await service.listStaffMembers({ id: input.staff_id, is_active: true })
  if (!staff) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No active staff member ${input.staff_id}`)

  const check = await service.verifyPin(staff.id, input.pin)
  if (check === "no_pin") throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This staff member has no PIN")
  if (check === "locked") {
    const until = (await service.pinLockedUntil(staff.id)) ?? new Date()
    throw tooManyAttempts(`Too many wrong PINs: this PIN is locked until ${until.toISOString()}`, until)
  }
  if (check === "wrong") throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "Wrong PIN")

  const branch = input.branch_id
  if (branch && !staff.all_branches && !(staff.branch_ids as string[]).includes(branch)) {
    throw new MedusaError(MedusaError.Types.FORBIDDEN, input.refusal ?? `This PIN's owner does not work at branch ${branch}`)
  }
  if (input.policy && !grants(await service.policiesOf(staff), input.policy)) {
    throw new MedusaError(MedusaError.Types.FORBIDDEN, input.refusal ?? `This PIN's owner lacks the policy ${input.policy}`)
  }
  return staff
}

export type ApproverInput = {
  policy: string
  branch_id: string
  /** The signed-in staff member, and whether they hold `policy` at `branch_id` themselves. */
  caller: { staff_id: string; may: boolean }
  approval?: PinApproval
  /** What needs the policy, for the refusal: "Voiding a sale". */
  action: string
  /** Where the request carries the PIN, for the refusal; "approval" by default. */
  approval_field?: string
}

/**
 * Who authorises an act that needs `policy`: the caller when they hold it, else the owner of the
 * PIN typed for them (`authorizeByPin`). Returns that staff member's id.
 */
export async function approverOf(container: MedusaContainer, input: ApproverInput): Promise<string> {
  if (!input.approval) {
    if (input.caller.may) return input.caller.staff_id
    throw new MedusaError(MedusaError.Types.FORBIDDEN, `${input.action} needs ${input.policy}, or a manager's PIN (${input.approval_field ?? "approval"})`)
  }
  const staff = await authorizeByPin(container, { ...input.approval, policy: input.policy, branch_id: input.branch_id })
  return staff.id
}
