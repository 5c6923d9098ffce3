import { acquireLockStep, linkCustomersToCustomerGroupWorkflow, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { decideFrequentMembersStep } from "../steps/decide-frequent-members"
import { ensureFrequentGroupStep } from "../steps/ensure-frequent-group"

export type EvaluateFrequentCustomersInput = { customer_ids: string[] }

/**
 * Puts the given customers in Medusa's "Frequent" customer group, or takes them out, by the
 * store's rule (see decide-frequent-members.ts for what counts). One lock for every evaluation:
 * a sale's, a return's and the nightly run's each read the members and then change them, and
 * without it two runs for the same customer would both add them (Medusa refuses the second as
 * a duplicate) or one would undo what the other just decided; and the group is created once.
 */
export const evaluateFrequentCustomersWorkflow = createWorkflow("kassa-evaluate-frequent-customers", (input: EvaluateFrequentCustomersInput) => {
  acquireLockStep({ key: "kassa-frequent-customers", timeout: 30, ttl: 120 })
  const groupId = ensureFrequentGroupStep()
  const decision = decideFrequentMembersStep(transform({ input, groupId }, ({ input, groupId }) => ({ group_id: groupId, customer_ids: input.customer_ids })))
  when({ decision }, ({ decision }) => decision.add.length + decision.remove.length > 0).then(() => {
    linkCustomersToCustomerGroupWorkflow.runAsStep({ input: transform({ decision }, ({ decision }) => ({ id: decision.id!, add: decision.add, remove: decision.remove })) })
  })
  releaseLockStep({ key: "kassa-frequent-customers" })
  return new WorkflowResponse(decision)
})
