import { approverOf, type PinApproval } from "@kassa/core/kit"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type OverrideApproval = PinApproval

const ACTIONS = { "pos:void": "Voiding a sale", "pos:refund": "This return", "pos:override_price": "Changing a price or giving a discount" }

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
      policy?: keyof typeof ACTIONS
    },
    { container }
  ) => {
    if (!input.needed) return new StepResponse(null as string | null)
    const policy = input.policy ?? "pos:override_price"
    const approver = await approverOf(container, {
      policy,
      branch_id: input.stock_location_id,
      caller: { staff_id: input.caller_staff_id, may: input.caller_may },
      approval: input.approval,
      action: ACTIONS[policy],
    })
    return new StepResponse(approver as string | null)
  }
)
