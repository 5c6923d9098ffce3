import { planWorkIdStep } from "@kassa/core/kit"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { WARRANTY_CLAIM_STATUS_CHANGED } from "../../../events"
import { loadReplaceableClaimStep, type ReplaceUnitInput } from "../steps/load-replaceable-claim"
import { recordReplacementStep } from "../steps/record-replacement"
import { takeReplacementUnitStep } from "../steps/take-replacement-unit"

/** The work journal's kind for a unit replaced on a warranty claim. */
export const REPLACEMENT_WORK = "warranty.replacement"

/**
 * Replaces a faulty unit: a new one leaves the branch's stock, the faulty one becomes defective
 * stock, the swap is recorded and the claim completed. A failure anywhere puts the unit back.
 *
 * A crash stops that: the journal holds the replacement's id (chosen first) and the unit taken
 * (recorded in the stock levels' transaction); recording the swap is one transaction and the
 * commit point. Recovery (recover-replacement.ts) finishes a recorded swap, and otherwise puts
 * the unit back.
 */
export const replaceUnitWorkflow = createWorkflow("kassa-warranty-replace-unit", (input: ReplaceUnitInput) => {
  const loaded = loadReplaceableClaimStep(input)
  const replacementId = planWorkIdStep(transform({ input }, ({ input }) => ({ id: input.journal_id, fact: "replacement_id", prefix: "wrpl" }))).config({
    name: "kassa-warranty-plan-replacement",
  })
  const taken = takeReplacementUnitStep(
    transform({ loaded, input }, ({ loaded, input }) => ({
      variant_id: loaded.variant.id,
      title: loaded.variant.title,
      location_id: loaded.claim.stock_location_id,
      branch_name: loaded.branch_name,
      journal_id: input.journal_id,
    }))
  )
  const recorded = recordReplacementStep(
    transform({ input, loaded, taken, replacementId }, ({ input, loaded, taken, replacementId }) => ({
      id: replacementId,
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
