import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { WARRANTY_CLAIM_STATUS_CHANGED } from "../../../events"
import { updateClaimStep, type UpdateClaimInput } from "../steps/update-claim"

/** Repair details and a move to another status; a move is announced (the customer's e-mail). */
export const updateClaimWorkflow = createWorkflow("kassa-warranty-update-claim", (input: UpdateClaimInput) => {
  const result = updateClaimStep(input)
  when({ result }, ({ result }) => !!result.to).then(() => {
    emitEventStep({
      eventName: WARRANTY_CLAIM_STATUS_CHANGED,
      data: transform({ result }, ({ result }) => ({ id: result.claim.id, from: result.from, to: result.to })),
    }).config({ name: "kassa-warranty-emit-claim-moved" })
  })
  return new WorkflowResponse(transform({ result }, ({ result }) => result.claim))
})
