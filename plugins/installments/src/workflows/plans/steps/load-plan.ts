import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { INSTALLMENTS_MODULE } from "../../../modules/installments"
import type InstallmentsModuleService from "../../../modules/installments/service"

export type PlanForDecision = { id: string; order_id: string; status: string; sold_by: string; amount_financed: number; stock_location_id: string }

/** A plan awaiting a credit officer's decision. */
export const loadPendingPlanStep = createStep("kassa-installments-load-pending-plan", async ({ plan_id }: { plan_id: string }, { container }) => {
  const service: InstallmentsModuleService = container.resolve(INSTALLMENTS_MODULE)
  const [plan] = await service.listInstallmentPlans({ id: plan_id }, { select: ["id", "order_id", "status", "sold_by", "amount_financed", "stock_location_id"] })
  if (!plan) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No installment plan ${plan_id}`)
  if (plan.status !== "pending_approval") {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Plan ${plan_id} is ${plan.status.replace("_", " ")}: only applications pending approval can be decided`)
  }
  return new StepResponse(plan as unknown as PlanForDecision)
})
