import { approverOf, type PinApproval } from "@kassa/core/kit"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type GiftCaller = { staff_member_id: string; may_gift: boolean; stock_location_id: string }

/**
 * Giving goods away needs store_credit:gift_sale at the ticket's branch: the cashier's own, or
 * a manager's PIN typed at the counter. Returns who allowed it (kept on the gift and the line).
 */
export const authorizeGiftStep = createStep("kassa-gift-sale-authorize", async (input: { caller: GiftCaller; approval?: PinApproval }, { container }) => {
  const approver = await approverOf(container, {
    policy: "store_credit:gift_sale",
    branch_id: input.caller.stock_location_id,
    caller: { staff_id: input.caller.staff_member_id, may: input.caller.may_gift },
    approval: input.approval,
    action: "Giving goods away as a gift",
  })
  return new StepResponse(approver)
})
