import { approverOf, type PinApproval } from "@kassa/core/kit"
import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { ClaimType } from "../../../modules/warranty/lifecycle"
import { saleWindows } from "../../../sales/claim-windows"
import type { SaleLine } from "../../../sales/find-sale-line"

export type ClaimOverride = { reason: string; approval?: PinApproval }

export type CheckClaimWindowInput = {
  sale: SaleLine
  type: ClaimType
  location_id: string
  override?: ClaimOverride
  /** The staff member filing, and whether they hold warranty:override themselves. */
  actor: { staff_id: string; may_override: boolean }
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
    override_by = await approverOf(container, {
      policy: "warranty:override",
      branch_id: input.location_id,
      caller: { staff_id: input.actor.staff_id, may: input.actor.may_override },
      approval: input.override.approval,
      action: "Filing outside the window",
      approval_field: "override.approval",
    })
  }
  return new StepResponse({ window, override_by, override_reason: override_by ? input.override!.reason : null })
})
