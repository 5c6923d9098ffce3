import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { LOYALTY_MODULE } from "../modules/loyalty"
import type LoyaltyModuleService from "../modules/loyalty/service"
import { LOYALTY_TIER_CHANGED } from "../workflows"

const escape = (s: string) => s.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]!)

/**
 * A member's tier changed: they are e-mailed when they have an address and agreed to messages
 * when enrolling (none on enrolment itself, when `from` is null). A failed e-mail is logged, not retried.
 */
export default async function loyaltyTierChangedMail({ event, container }: SubscriberArgs<{ customer_id: string; from: string | null; to: string | null }>) {
  const { customer_id, from, to } = event.data
  if (!from || !to) return
  const [customer] = await container.resolve(Modules.CUSTOMER).listCustomers({ id: customer_id }, { select: ["id", "email", "first_name"] })
  if (!customer?.email) return
  const loyalty: LoyaltyModuleService = container.resolve(LOYALTY_MODULE)
  if (!(await loyalty.accountOf(customer_id))?.marketing_consent) return
  const [store] = await container.resolve(Modules.STORE).listStores({}, { select: ["name"] })
  const subject = `Your loyalty tier is now ${to}`
  const body = `Your membership moved from ${from} to ${to}.`
  const name = customer.first_name || "member"
  try {
    await container.resolve(Modules.NOTIFICATION).createNotifications([
      {
        to: customer.email,
        channel: "email",
        template: "kassa-loyalty-tier-changed",
        content: { subject, text: `Dear ${name},\n\n${body}\n\n${store?.name ?? ""}`, html: `<p>Dear ${escape(name)},</p><p>${escape(body)}</p><p>${escape(store?.name ?? "")}</p>` },
        idempotency_key: `kassa-loyalty-tier-${customer_id}-${event.metadata?.eventGroupId ?? Date.now()}`,
      },
    ])
  } catch (e) {
    container.resolve(ContainerRegistrationKeys.LOGGER).warn(`Loyalty tier e-mail to ${customer.email} not sent: ${(e as Error).message}`)
  }
}

export const config: SubscriberConfig = { event: LOYALTY_TIER_CHANGED, context: { subscriberId: "kassa-loyalty-tier-changed-mail" } }
