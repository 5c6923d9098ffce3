import { cancelPosSaleWorkflow, releasePosSaleWorkflow } from "@kassa/pos/kit"
import { acquireLockStep, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { INSTALLMENT_PLAN_DECIDED } from "../events"
import { decidePlanStep } from "../steps/decide-plan"
import { escalatePlanStep } from "../steps/escalate-plan"
import { loadPendingPlanStep } from "../steps/load-plan"
import { refuseApproverStep } from "../steps/refuse-approver"

export type DecidePlanInput = { plan_id: string; decision: "approve" | "reject"; user_id: string; note: string }

/**
 * A credit officer's decision on an application, start to end under one lock on the plan: two
 * officers deciding at once are taken one after the other, and the second finds the plan
 * decided. The plan is loaded once and the refusal rule applied once. Above the officer's limit
 * the plan is escalated and the refusal returned (the route answers 403); otherwise approval
 * hands the held goods over, rejection undoes the sale (order canceled, down payment refunded,
 * units back, receipt void); either is announced (INSTALLMENT_PLAN_DECIDED: the customer's e-mail).
 */
export const decidePlanWorkflow = createWorkflow("kassa-installments-decide-plan", (input: WorkflowData<DecidePlanInput>) => {
  const key = transform({ input }, ({ input }) => `kassa-installment-plan:${input.plan_id}`)
  // Approval includes the handover (a fulfillment), well under a second: 30 s is a generous wait.
  acquireLockStep({ key, timeout: 30, ttl: 120 })
  const plan = loadPendingPlanStep({ plan_id: input.plan_id })
  const refusal = refuseApproverStep({ plan, user_id: input.user_id, decision: input.decision })

  when("escalate-over-limit", { refusal }, ({ refusal }) => refusal?.reason === "over_limit").then(() => {
    escalatePlanStep({ plan_id: input.plan_id, user_id: input.user_id, note: input.note })
  })

  when("approve", { refusal, input }, ({ refusal, input }) => !refusal && input.decision === "approve").then(() => {
    decidePlanStep(input).config({ name: "kassa-installments-approve-plan" })
    const release = transform({ plan, input }, ({ plan, input }) => ({ order_id: plan.order_id, created_by: input.user_id }))
    releasePosSaleWorkflow.runAsStep({ input: release })
    emitEventStep({ eventName: INSTALLMENT_PLAN_DECIDED, data: { id: input.plan_id, decision: "approved" } }).config({ name: "kassa-installments-emit-approved" })
  })

  when("reject", { refusal, input }, ({ refusal, input }) => !refusal && input.decision === "reject").then(() => {
    decidePlanStep(input).config({ name: "kassa-installments-reject-plan" })
    const cancel = transform({ plan, input }, ({ plan, input }) => ({
      order_id: plan.order_id,
      reason: `Installment application rejected: ${input.note}`,
      canceled_by: input.user_id,
    }))
    cancelPosSaleWorkflow.runAsStep({ input: cancel })
    emitEventStep({ eventName: INSTALLMENT_PLAN_DECIDED, data: { id: input.plan_id, decision: "rejected" } }).config({ name: "kassa-installments-emit-rejected" })
  })

  releaseLockStep({ key })
  return new WorkflowResponse({ refusal })
})
