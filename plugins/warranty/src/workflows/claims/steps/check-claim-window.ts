import { grants, STAFF_MODULE, type StaffModuleService } from "@kassa/core/kit"
import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { ClaimType } from "../../../modules/warranty/lifecycle"
import { saleWindows } from "../../../sales/claim-windows"
import type { SaleLine } from "../../../sales/find-sale-line"

export type ClaimOverride = { reason: string; approval?: { staff_id: string; pin: string } }

export type CheckClaimWindowInput = {
  sale: SaleLine
  type: ClaimType
  location_id: string
  override?: ClaimOverride
  /** The staff member filing, and whether they hold warranty:override themselves. */
  actor: { staff_id: string; may_override: boolean }
}

/** A manager's say-so: their own policy, or their PIN typed at the counter for the agent filing. */
async function approver(container: MedusaContainer, input: CheckClaimWindowInput) {
  const approval = input.override?.approval
  if (!approval) {
    if (input.actor.may_override) return input.actor.staff_id
    throw new MedusaError(MedusaError.Types.FORBIDDEN, "Filing outside the window needs warranty:override, or a manager's PIN (override.approval)")
  }
  const staff: StaffModuleService = container.resolve(STAFF_MODULE)
  const [manager] = await staff.listStaffMembers({ id: approval.staff_id, is_active: true })
  if (!manager) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No active staff member ${approval.staff_id}`)
  const check = await staff.verifyPin(manager.id, approval.pin)
  if (check !== "ok") {
    throw new MedusaError(MedusaError.Types.FORBIDDEN, check === "locked" ? "Too many wrong PINs: this PIN is locked for a few minutes" : check === "no_pin" ? "The approver has no PIN" : "Wrong PIN")
  }
  const atBranch = manager.all_branches || (manager.branch_ids as string[]).includes(input.location_id)
  if (!atBranch || !grants(await staff.policiesOf(manager), "warranty:override")) {
    throw new MedusaError(MedusaError.Types.FORBIDDEN, "The approver may not override warranty windows at this branch")
  }
  return manager.id
}

/**
 * Repair and replacement have their own windows, counted in days from the sale in the selling
 * branch's calendar. Outside it the claim is refused with the dates, unless overridden: the
 * approver and reason are kept on the claim (and so in the audit log).
 */
export const checkClaimWindowStep = createStep("kassa-warranty-check-claim-window", async (input: CheckClaimWindowInput, { container }) => {
  const windows = await saleWindows(container, input.sale)
  if (windows.policy.no_warranty) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `${input.sale.product_title} is sold without warranty`)
  }
  const window = windows[input.type]
  let override_by: string | null = null
  if (!window.open) {
    if (!input.override) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Outside the ${window.days}-day ${input.type} window: sold on ${window.sold_on}, the window ended on ${window.ends_on}, today is ${window.today} (day ${window.day}, ${windows.timezone})`
      )
    }
    override_by = await approver(container, input)
  }
  return new StepResponse({ window, override_by, override_reason: override_by ? input.override!.reason : null })
})
