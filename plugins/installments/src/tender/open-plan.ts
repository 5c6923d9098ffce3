import type { MedusaContainer } from "@medusajs/framework/types"
import { INSTALLMENTS_MODULE } from "../modules/installments"
import type InstallmentsModuleService from "../modules/installments/service"
import { pesos, toAmount, toCentavos } from "../schedule/money"
import type { Application } from "./application"

/** What `closePlan` needs to undo `openPlan`: the plan, and the credit profile as it was. */
export type OpenedPlan = {
  plan_id: string
  profile: { id: string; created: boolean; before: Record<string, unknown> | null } | null
}

/**
 * Files the application: the customer's credit details (created or updated), the plan with the
 * terms it was sold on and its schedule. Pending approval, unless the amount financed is within
 * the branch's automatic-approval amount.
 */
export async function openPlan(
  container: MedusaContainer,
  app: Application,
  sale: { order_id: string; stock_location_id: string; sold_by: string }
): Promise<OpenedPlan & { auto_approved: boolean }> {
  const service: InstallmentsModuleService = container.resolve(INSTALLMENTS_MODULE)
  const { quote: q, terms } = app
  let profile: OpenedPlan["profile"] = null
  if (app.credit) {
    const [existing] = await service.listCreditProfiles({ customer_id: app.customer_id })
    if (existing) {
      const before = Object.fromEntries(Object.keys(app.credit).map((k) => [k, (existing as Record<string, unknown>)[k] ?? null]))
      await service.updateCreditProfiles({ id: existing.id, ...app.credit })
      profile = { id: existing.id, created: false, before }
    } else {
      profile = { id: (await service.createCreditProfiles({ customer_id: app.customer_id, ...app.credit })).id, created: true, before: null }
    }
  }

  const autoMax = terms.auto_approve_max == null ? null : toCentavos(terms.auto_approve_max as number)
  const auto_approved = autoMax !== null && q.financed <= autoMax
  const plan = await service.createInstallmentPlans({
    order_id: sale.order_id,
    customer_id: app.customer_id,
    stock_location_id: sale.stock_location_id,
    status: auto_approved ? "active" : "pending_approval",
    term_months: q.term_months,
    interest_method: terms.interest_method,
    interest_rate: q.rate_bp / 100,
    sale_total: toAmount(q.price),
    down_payment: toAmount(q.down_payment),
    amount_financed: toAmount(q.financed),
    interest_total: toAmount(q.interest_total),
    processing_fee: toAmount(q.processing_fee),
    late_fee_type: terms.late_fee_type,
    late_fee: terms.late_fee as number,
    late_fee_grace_days: terms.late_fee_grace_days,
    late_fee_period_days: terms.late_fee_period_days,
    start_date: app.start,
    sold_by: sale.sold_by,
    auto_approved,
    approved_at: auto_approved ? new Date() : null,
    decision_note: auto_approved ? `Approved automatically: ${pesos(q.financed)} financed is within the branch's automatic approval amount ${pesos(autoMax!)}` : null,
  })
  await service.createInstallments(
    q.schedule.installments.map((i) => ({
      plan_id: plan.id,
      sequence: i.sequence,
      due_date: i.due_date,
      principal_due: toAmount(i.principal),
      interest_due: toAmount(i.interest),
      fee_due: toAmount(i.fee),
    }))
  )
  return { plan_id: plan.id, profile, auto_approved }
}

/** Undoes `openPlan` when the checkout fails after it. */
export async function closePlan(container: MedusaContainer, opened: OpenedPlan) {
  const service: InstallmentsModuleService = container.resolve(INSTALLMENTS_MODULE)
  const installments = await service.listInstallments({ plan_id: opened.plan_id }, { select: ["id"] })
  await service.deleteInstallments(installments.map((i) => i.id))
  await service.deleteInstallmentPlans(opened.plan_id)
  const { profile } = opened
  if (profile?.created) await service.deleteCreditProfiles(profile.id)
  else if (profile?.before) await service.updateCreditProfiles({ id: profile.id, ...profile.before })
}
