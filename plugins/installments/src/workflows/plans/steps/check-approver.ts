import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { approvalRefusal } from "../../../approval/approval-refusal"
import type { PlanForDecision } from "./load-plan"

/** Refuses a decision the officer may not make: their own sale, or above their limit. */
export const checkApproverStep = createStep(
  "kassa-installments-check-approver",
  async ({ plan, user_id, decision }: { plan: PlanForDecision; user_id: string; decision: "approve" | "reject" }, { container }) => {
    const refusal = await approvalRefusal(container, plan, user_id, decision)
    if (refusal) throw new MedusaError(MedusaError.Types.FORBIDDEN, refusal.message)
    return new StepResponse(true)
  }
)
