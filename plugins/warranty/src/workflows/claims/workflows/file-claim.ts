import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { WARRANTY_CLAIM_STATUS_CHANGED } from "../../../events"
import type { ClaimType } from "../../../modules/warranty/lifecycle"
import { checkClaimWindowStep, type ClaimOverride } from "../steps/check-claim-window"
import { createClaimStep } from "../steps/create-claim"
import { findSaleLineStep } from "../steps/find-sale-line"

export type FileClaimInput = {
  location_id: string
  type: ClaimType
  serial_number: string
  order_id?: string
  line_item_id?: string
  issue: string
  override?: ClaimOverride
  actor: { staff_id: string; may_override: boolean }
}

/** Finds the unit's sale, checks its window (or the override) and files the claim as Pending. */
export const fileClaimWorkflow = createWorkflow("kassa-warranty-file-claim", (input: FileClaimInput) => {
  const sale = findSaleLineStep(
    transform({ input }, ({ input }) => ({ serial_number: input.serial_number, order_id: input.order_id, line_item_id: input.line_item_id }))
  )
  const checked = checkClaimWindowStep(
    transform({ input, sale }, ({ input, sale }) => ({ sale, type: input.type, location_id: input.location_id, override: input.override, actor: input.actor }))
  )
  const claim = createClaimStep(
    transform({ input, sale, checked }, ({ input, sale, checked }) => ({
      sale,
      serial_number: input.serial_number,
      type: input.type,
      location_id: input.location_id,
      issue: input.issue,
      filed_by: input.actor.staff_id,
      window: checked.window,
      override_by: checked.override_by,
      override_reason: checked.override_reason,
    }))
  )
  emitEventStep({
    eventName: WARRANTY_CLAIM_STATUS_CHANGED,
    data: transform({ claim }, ({ claim }) => ({ id: claim.id, from: null, to: "pending" })),
  }).config({ name: "kassa-warranty-emit-claim-filed" })
  return new WorkflowResponse(claim)
})
