import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { INSTALLMENTS_MODULE } from "../../../modules/installments"
import type InstallmentsModuleService from "../../../modules/installments/service"
import { addDays } from "../../../schedule/due-dates"
import { activePlansByBranch } from "../active-branches"
import { owedOn, reminderMail } from "../reminder-mail"

type Customer = { id: string; email: string | null; first_name: string | null; last_name: string | null }

/**
 * E-mails customers with an e-mail address: N days (the branch's reminder_days_before) before
 * an installment falls due, and once when it is overdue. Each reminder is claimed (a unique row
 * per installment and kind) before it is sent, so a second run — or two at once — sends nothing
 * twice; a failed send gives its claim back for the next run.
 */
export const sendRemindersStep = createStep("kassa-installments-send-reminders", async ({ at }: { at: string }, { container }) => {
  const service: InstallmentsModuleService = container.resolve(INSTALLMENTS_MODULE)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const notifications = container.resolve(Modules.NOTIFICATION)
  let sent = 0
  for (const day of await activePlansByBranch(container, new Date(at))) {
    const terms = await service.termsFor(day.branch.stock_location_id)
    const horizon = addDays(day.today, terms.reminder_days_before)
    const installments = await service.listInstallments({
      plan_id: day.plans.map((p) => p.id),
      $or: [{ status: "pending", due_date: { $gte: day.today, $lte: horizon } }, { status: "overdue" }],
    })
    if (!installments.length) continue
    const plans = new Map(day.plans.map((p) => [p.id, p]))
    const { data } = await query.graph({
      entity: "customer",
      fields: ["id", "email", "first_name", "last_name"],
      filters: { id: [...new Set(day.plans.map((p) => p.customer_id))] },
    })
    const customers = new Map((data as Customer[]).map((c) => [c.id, c]))
    for (const i of installments) {
      const row = i as unknown as Parameters<typeof owedOn>[0] & { id: string; plan_id: string; status: string; sequence: number; due_date: string; days_past_due: number }
      const plan = plans.get(row.plan_id)!
      const customer = customers.get(plan.customer_id)
      if (!customer?.email) continue
      const kind = row.status === "overdue" ? "overdue" : "before_due"
      const claim = await service.claimReminder({ installment_id: row.id, plan_id: plan.id, kind, sent_to: customer.email })
      if (!claim) continue
      const mail = reminderMail({
        kind,
        customer_name: [customer.first_name, customer.last_name].filter(Boolean).join(" ") || "customer",
        branch_name: day.branch.name,
        sequence: row.sequence,
        term_months: plan.term_months,
        due_date: row.due_date,
        owed: owedOn(row),
        days_past_due: row.days_past_due,
      })
      try {
        const [n] = await notifications.createNotifications([
          {
            to: customer.email,
            channel: "email",
            template: `kassa-installment-${kind}`,
            content: mail,
            idempotency_key: `kassa-installment-${kind}-${row.id}`,
          },
        ])
        await service.updateReminders({ id: claim, notification_id: n.id })
        sent++
      } catch (e) {
        await service.deleteReminders(claim)
        logger.warn(`Installment reminder to ${customer.email} not sent: ${(e as Error).message}`)
      }
    }
  }
  return new StepResponse({ sent })
})
