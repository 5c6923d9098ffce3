import { grants, STAFF_MODULE, type StaffModuleService } from "@kassa/core/kit"
import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type OverrideApproval = { staff_id: string; pin: string }

/**
 * Price overrides and discounts need pos:override_price (a void pos:void, a large or late return
 * pos:refund: `policy`): the cashier's own, or a manager's PIN typed at the counter. Returns who
 * authorised it (recorded on the line, the sale or the return, and in the audit log).
 */
export const authorizeOverrideStep = createStep(
  "kassa-pos-authorize-override",
  async (
    input: {
      needed: boolean
      caller_staff_id: string
      caller_may: boolean
      approval?: OverrideApproval
      stock_location_id: string
      policy?: "pos:override_price" | "pos:void" | "pos:refund"
    },
    { container }
  ) => {
    if (!input.needed) return new StepResponse(null as string | null)
    const policy = input.policy ?? "pos:override_price"
    const what = { "pos:void": "Voiding a sale", "pos:refund": "This return", "pos:override_price": "Changing a price or giving a discount" }[policy]
    if (!input.approval) {
      if (input.caller_may) return new StepResponse(input.caller_staff_id as string | null)
      throw new MedusaError(MedusaError.Types.FORBIDDEN, `${what} needs ${policy}, or a manager's PIN (approval)`)
    }
    const staff: StaffModuleService = container.resolve(STAFF_MODULE)
    const [approver] = await staff.listStaffMembers({ id: input.approval.staff_id, is_active: true })
    if (!approver) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No active staff member ${input.approval.staff_id}`)
    const check = await staff.verifyPin(approver.id, input.approval.pin)
    if (check !== "ok") {
      throw new MedusaError(MedusaError.Types.FORBIDDEN, check === "locked" ? "Too many wrong PINs: this PIN is locked for a few minutes" : check === "no_pin" ? "The approver has no PIN" : "Wrong PIN")
    }
    const atBranch = approver.all_branches || (approver.branch_ids as string[]).includes(input.stock_location_id)
    if (!atBranch || !grants(await staff.policiesOf(approver), policy)) {
      throw new MedusaError(MedusaError.Types.FORBIDDEN, `The approver lacks ${policy} at this branch`)
    }
    return new StepResponse(approver.id as string | null)
  }
)
