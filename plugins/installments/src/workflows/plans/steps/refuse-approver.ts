import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { approvalRefusal, type Refusal } from "../../../approval/approval-refusal"
import type { PlanForDecision } from "./load-plan"

/**
 * Why the caller may not make this decision (their own sale, above their limit), or null. It
 * answers rather than throws: a refusal above the limit still escalates the plan, which a
 * thrown error would compensate away.
 */
export const refuseApproverStep = createStep(
  "kassa-installments-refuse-approver",
  async ({ plan, user_id, decision }: { plan: PlanForDecision; user_id: string; decision: "approve" | "reject" }, { container }) =>
    new StepResponse<Refusal | null>(await approvalRefusal(container, plan, user_id, decision))
)
