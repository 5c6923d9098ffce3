import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STORE_CREDIT_MODULE } from "../../../modules/store_credit"
import type StoreCreditModuleService from "../../../modules/store_credit/service"
import { expiryMail } from "../expiry-mail"

type Customer = { id: string; email: string | null; first_name: string | null; last_name: string | null }

/**
 * E-mails customers with an e-mail address `reminder_days` (settings) before a credit of theirs
 * with something left lapses, once per credit. Each e-mail is claimed (a unique row per credit)
 * before it is sent, so a second run — or two at once — sends nothing twice; a failed send gives
 * its claim back for the next run. No compensation: a sent e-mail cannot be unsent.
 */
export const sendExpiryRemindersStep = createStep("kassa-store-credit-send-expiry-reminders", async ({ now }: { now?: string }, { container }) => {
  const service: StoreCreditModuleService = container.resolve(STORE_CREDIT_MODULE)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const at = now ? new Date(now) : new Date()
  const { reminder_days } = await service.settings()
  if (!reminder_days) return new StepResponse({ sent: 0 })
  const credits = await service.creditsToRemind(at, new Date(at.getTime() + reminder_days * 86_400_000))
  if (!credits.length) return new StepResponse({ sent: 0 })

  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "customer",
    fields: ["id", "email", "first_name", "last_name"],
    filters: { id: [...new Set(credits.map((c) => c.customer_id))] },
  })
  const customers = new Map((data as Customer[]).map((c) => [c.id, c]))
  const [store] = await container.resolve(Modules.STORE).listStores({}, { select: ["name"] })
  const notifications = container.resolve(Modules.NOTIFICATION)
  let sent = 0
  for (const credit of credits) {
    const customer = customers.get(credit.customer_id)
    if (!customer?.email) continue
    const claim = await service.claimReminder({ transaction_id: credit.transaction_id, account_id: credit.account_id, sent_to: customer.email })
    if (!claim) continue
    const mail = expiryMail({
      customer_name: [customer.first_name, customer.last_name].filter(Boolean).join(" ") || "customer",
      currency_code: credit.currency_code,
      remaining: credit.remaining,
      expires_at: credit.expires_at,
      store_name: store?.name ?? "",
    })
    try {
      const [n] = await notifications.createNotifications([
        { to: customer.email, channel: "email", template: "kassa-store-credit-expiry", content: mail, idempotency_key: `kassa-store-credit-expiry-${credit.transaction_id}` },
      ])
      await service.updateStoreCreditReminders({ id: claim, notification_id: n.id })
      sent++
    } catch (e) {
      await service.deleteStoreCreditReminders(claim)
      logger.warn(`Store credit expiry e-mail to ${customer.email} not sent: ${(e as Error).message}`)
    }
  }
  return new StepResponse({ sent })
})
