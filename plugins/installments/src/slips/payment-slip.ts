import { branchAt, DEFAULT_TIMEZONE, slipCenter, slipMoney, slipRow, slipRule, slipWrap, STAFF_MODULE, type StaffModuleService } from "@kassa/core/kit"
import type { MedusaContainer } from "@medusajs/framework/types"
import { planDetail } from "../plans/plan-view"
import { localDate } from "../schedule/due-dates"

const when = (at: Date, timeZone: string) =>
  new Intl.DateTimeFormat("en-PH", { timeZone, dateStyle: "medium", timeStyle: "short" }).format(at).replace(/[\u00a0\u202f]/g, " ")

/**
 * The customer's slip for a payment on a plan, as a receipt printer prints it (42 columns): the
 * receipt number, what was paid and how it went to each installment, and what is left and next.
 * Null when the payment is not found on the plan.
 */
export async function paymentSlip(container: MedusaContainer, { plan_id, payment_id }: { plan_id: string; payment_id: string }) {
  const plan = await planDetail(container, plan_id, localDate(new Date(), DEFAULT_TIMEZONE))
  const payment = plan.payments.find((p) => p.id === payment_id)
  if (!payment) return null
  const branch = await branchAt(container, { stock_location_id: payment.stock_location_id })
  const timezone = branch?.timezone ?? DEFAULT_TIMEZONE
  const customer = plan.customer ? [plan.customer.first_name, plan.customer.last_name].filter(Boolean).join(" ") : ""
  const lines = [
    ...slipWrap(branch?.name ?? "").map(slipCenter),
    slipRule,
    slipCenter(payment.is_payoff ? "INSTALLMENT PLAN PAYOFF" : "INSTALLMENT PAYMENT"),
    slipRule,
    slipRow("Receipt no.", payment.receipt_number),
    slipRow("Date", when(new Date(payment.created_at), timezone)),
    slipRow("Plan", plan.id),
    ...(customer ? [slipRow("Customer", customer)] : []),
    slipRow("Method", payment.method),
    ...(payment.reference ? [slipRow("Reference", payment.reference)] : []),
    slipRule,
    slipRow("Amount paid", slipMoney(payment.amount)),
    ...payment.allocations.flatMap((a) => [
      `  Installment #${a.sequence}`,
      ...(Number(a.fee) ? [slipRow("    Fees", slipMoney(a.fee))] : []),
      ...(Number(a.interest) ? [slipRow("    Interest", slipMoney(a.interest))] : []),
      ...(Number(a.principal) ? [slipRow("    Principal", slipMoney(a.principal))] : []),
    ]),
    slipRule,
    ...(plan.status === "completed"
      ? [slipCenter("PLAN PAID IN FULL")]
      : [
          slipRow("Balance left", slipMoney(plan.balance)),
          ...(plan.next_due ? [slipRow(`Next due ${plan.next_due.date}`, slipMoney(plan.next_due.amount))] : []),
        ]),
    ...(payment.note ? [slipRule, ...slipWrap(payment.note)] : []),
  ]
  // A payment keeps the collector's user id; routes by role need the staff member.
  const [collector] = await container.resolve<StaffModuleService>(STAFF_MODULE).listStaffMembers({ user_id: payment.collected_by }, { select: ["id"] })
  return { lines, stock_location_id: payment.stock_location_id, staff_id: collector?.id ?? null, receipt_number: payment.receipt_number }
}
