import type { PinApproval } from "@kassa/core/kit"
import { overrideLinePricesWorkflow } from "@kassa/pos/kit"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { authorizeGiftStep, type GiftCaller } from "../steps/authorize-gift"
import { planGiftMarksStep } from "../steps/plan-gift-marks"
import { saveGiftMarksStep } from "../steps/save-gift-marks"

export type MarkGiftsInput = { ticket_id: string; line_ids?: string[]; reason: string; approval?: PinApproval; caller: GiftCaller }

/**
 * Lines of a ticket (or all of it) given away: allowed by store_credit:gift_sale or a manager's
 * PIN, they sell at zero (the POS line's price override) and keep their shelf price as the gift's value.
 */
export const markGiftsWorkflow = createWorkflow("kassa-mark-gifts", (input: WorkflowData<MarkGiftsInput>) => {
  // One gift change per ticket at a time: the marks are read, then the lines and marks written.
  const key = transform({ input }, ({ input }) => `kassa-gift-ticket:${input.ticket_id}`)
  acquireLockStep({ key, timeout: 10, ttl: 30 })
  const approvedBy = authorizeGiftStep({ caller: input.caller, approval: input.approval })
  const plan = planGiftMarksStep(
    transform({ input, approvedBy }, ({ input, approvedBy }) => ({
      ticket_id: input.ticket_id,
      line_ids: input.line_ids,
      reason: input.reason,
      marked_by: input.caller.staff_member_id,
      approved_by: approvedBy,
    }))
  )
  overrideLinePricesWorkflow.runAsStep({ input: transform({ input, plan }, ({ input, plan }) => ({ ticket_id: input.ticket_id, lines: plan.overrides })) })
  const marks = saveGiftMarksStep(transform({ plan }, ({ plan }) => plan.marks))
  releaseLockStep({ key })
  return new WorkflowResponse(marks)
})
