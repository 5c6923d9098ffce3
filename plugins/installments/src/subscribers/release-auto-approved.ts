import { POS_SALE_COMPLETED, type PosSaleCompletedData, releasePosSaleWorkflow } from "@kassa/pos/kit"
import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { Modules } from "@medusajs/framework/utils"
import { INSTALLMENTS_MODULE } from "../modules/installments"
import { INSTALLMENT_TENDER } from "../tender/tender-id"
import type InstallmentsModuleService from "../modules/installments/service"
import { INSTALLMENT_PLAN_DECIDED, type InstallmentPlanDecidedData } from "../workflows/plans/events"

/**
 * A plan approved at the counter (within the branch's automatic-approval amount) hands the goods
 * over as soon as the sale is complete: the checkout held them like any installment sale. Then it
 * is announced as approved, like an officer's approval (the customer's e-mail).
 */
export default async function releaseAutoApproved({ event, container }: SubscriberArgs<PosSaleCompletedData>) {
  if (event.data.tenders && !event.data.tenders.includes(INSTALLMENT_TENDER)) return
  const service: InstallmentsModuleService = container.resolve(INSTALLMENTS_MODULE)
  const [plan] = await service.listInstallmentPlans({ order_id: event.data.id, auto_approved: true, goods_released_at: null }, { select: ["id", "sold_by"] })
  if (!plan) return
  await releasePosSaleWorkflow(container).run({ input: { order_id: event.data.id, created_by: plan.sold_by } })
  await service.updateInstallmentPlans({ id: plan.id, goods_released_at: new Date() })
  const decided: InstallmentPlanDecidedData = { id: plan.id, decision: "approved" }
  await container.resolve(Modules.EVENT_BUS).emit({ name: INSTALLMENT_PLAN_DECIDED, data: decided })
}

export const config: SubscriberConfig = { event: POS_SALE_COMPLETED }
