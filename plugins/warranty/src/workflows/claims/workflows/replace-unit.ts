import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { WARRANTY_CLAIM_STATUS_CHANGED } from "../../../events"
import { loadReplaceableClaimStep, type ReplaceUnitInput } from "../steps/load-replaceable-claim"
import { recordReplacementStep } from "../steps/record-replacement"
import { takeReplacementUnitStep } from "../steps/take-replacement-unit"

/**
 * Replaces a faulty unit: a new one leaves the branch's stock, the faulty one becomes defective
 * stock, the swap is recorded and the claim completed. A failure anywhere puts the unit back.
 */
export const replaceUnitWorkflow = createWorkflow("kassa-warranty-replace-unit", (input: ReplaceUnitInput) => {
  const loaded = loadReplaceableClaimStep(input)
  const taken = takeReplacementUnitStep(
    transform({ loaded }, ({ loaded }) => ({
      variant_id: loaded.variant.id,
      title: loaded.variant.title,
      location_id: loaded.claim.stock_location_id,
      branch_name: loaded.branch_name,
    }))
  )
  const recorded = recordReplacementStep(
    transform({ input, loaded, taken }, ({ input, loaded, taken }) => ({
      claim: loaded.claim,
      variant: loaded.variant,
      inventory_item_id: taken[0].inventory_item_id,
      new_serial: input.new_serial,
      reason: input.reason ?? loaded.claim.issue,
      actor_id: input.actor_id,
    }))
  )
  emitEventStep({
    eventName: WARRANTY_CLAIM_STATUS_CHANGED,
    data: transform({ loaded }, ({ loaded }) => ({ id: loaded.claim.id, from: "in_progress", to: "completed" })),
  }).config({ name: "kassa-warranty-emit-claim-replaced" })
  return new WorkflowResponse(recorded)
})
