import { saleReceiptData } from "@kassa/pos/kit"
import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { approvedMail, rejectedMail, type ScheduleRow } from "../mails/plan-decision-mail"
import { INSTALLMENTS_MODULE } from "../modules/installments"
import type InstallmentsModuleService from "../modules/installments/service"
import { pesoText, toCentavos } from "../schedule/money"
import { INSTALLMENT_PLAN_DECIDED, type InstallmentPlanDecidedData } from "../workflows/plans/events"

type PlanRow = {
  id: string
  order_id: string
  term_months: number
  interest_method: "add_on" | "flat_monthly"
  interest_rate: unknown
  sale_total: unknown
  down_payment: unknown
  amount_financed: unknown
  interest_total: unknown
  processing_fee: unknown
  late_fee_type: "fixed" | "percent"
  late_fee: unknown
  late_fee_grace_days: number
  late_fee_period_days: number
  decision_note: string | null
  installments: ScheduleRow[]
}

const cents = (v: unknown) => toCentavos(v as number)

/**
 * The customer hears of the decision by e-mail when they have an address: the plan's terms and
 * schedule on approval, the reason on rejection. Once per plan and decision: the notification's
 * idempotency key is unique, so a second delivery of the event (or a second instance) sends
 * nothing. No e-mail provider, no e-mail: the decision stands either way.
 */
export default async function planDecisionMail({ event, container }: SubscriberArgs<InstallmentPlanDecidedData>) {
  const { id, decision } = event.data
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const service: InstallmentsModuleService = container.resolve(INSTALLMENTS_MODULE)
  const plan = (await service.retrieveInstallmentPlan(id, { relations: ["installments"] })) as unknown as PlanRow
  const sale = await saleReceiptData(container, plan.order_id)
  const to = sale.customer?.email
  if (!to) return
  const base = { customer_name: sale.customer!.name || "customer", branch_name: sale.branch.name, order_ref: `receipt ${sale.receipt_number}` }
  const content =
    decision === "approved"
      ? approvedMail({
          ...base,
          term_months: plan.term_months,
          sale_total: cents(plan.sale_total),
          down_payment: cents(plan.down_payment),
          amount_financed: cents(plan.amount_financed),
          interest_total: cents(plan.interest_total),
          processing_fee: cents(plan.processing_fee),
          interest_text: plan.interest_method === "add_on" ? `${plan.interest_rate}% add-on for the term` : `${plan.interest_rate}% a month`,
          late_fee_text:
            `${plan.late_fee_type === "fixed" ? pesoText(cents(plan.late_fee)) : `${plan.late_fee}% of the unpaid principal`}` +
            ` once an installment is more than ${plan.late_fee_grace_days} days late, then every ${plan.late_fee_period_days} days`,
          schedule: plan.installments,
        })
      : rejectedMail({ ...base, reason: plan.decision_note ?? "not given", down_payment: cents(plan.down_payment) })
  try {
    await container.resolve(Modules.NOTIFICATION).createNotifications([
      { to, channel: "email", template: `kassa-installment-plan-${decision}`, content, idempotency_key: `kassa-installment-plan-${decision}-${plan.id}` },
    ])
  } catch (e) {
    logger.warn(`Installment plan ${plan.id}: the ${decision} e-mail to ${to} was not sent: ${(e as Error).message}`)
  }
}

export const config: SubscriberConfig = { event: INSTALLMENT_PLAN_DECIDED }
