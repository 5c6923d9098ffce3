import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { tierMail } from "../mail/tier-mail"
import { LOYALTY_MODULE } from "../modules/loyalty"
import type LoyaltyModuleService from "../modules/loyalty/service"
import { LOYALTY_TIER_CHANGED } from "../workflows"

/**
 * A member's tier changed: they are e-mailed the new tier and its benefits (through Medusa's
 * notification module, so the SMTP provider sends it when configured) when they have an address
 * and agreed to messages when enrolling (none on enrolment itself, when `from` is null). A failed
 * e-mail is logged, not retried.
 */
export default async function loyaltyTierChangedMail({ event, container }: SubscriberArgs<{ customer_id: string; from: string | null; to: string | null }>) {
  const { customer_id, from, to } = event.data
  if (!from || !to) return
  const [customer] = await container.resolve(Modules.CUSTOMER).listCustomers({ id: customer_id }, { select: ["id", "email", "first_name", "last_name"] })
  if (!customer?.email) return
  const loyalty: LoyaltyModuleService = container.resolve(LOYALTY_MODULE)
  if (!(await loyalty.accountOf(customer_id))?.marketing_consent) return
  const [tiers, settings, [store]] = await Promise.all([loyalty.tiers(), loyalty.settings(), container.resolve(Modules.STORE).listStores({}, { select: ["name"] })])
  const tier = tiers.find((t) => t.name === to)
  if (!tier) return
  const mail = tierMail({
    customer_name: [customer.first_name, customer.last_name].filter(Boolean).join(" ") || "member",
    from,
    to,
    earn_multiplier_percent: tier.earn_multiplier_percent,
    spend_per_point: settings.spend_per_point,
    point_value: settings.point_value,
    up: tier.threshold > (tiers.find((t) => t.name === from)?.threshold ?? -1),
    store_name: store?.name ?? "",
  })
  try {
    await container.resolve(Modules.NOTIFICATION).createNotifications([
      // The mail as `data` (where the SMTP provider reads it, as from Medusa's own workflows), so the
      // notification record keeps what the member was told; `content` is not stored.
      { to: customer.email, channel: "email", template: "kassa-loyalty-tier-changed", data: mail, receiver_id: customer_id, idempotency_key: `kassa-loyalty-tier-${customer_id}-${event.metadata?.eventGroupId ?? Date.now()}` },
    ])
  } catch (e) {
    container.resolve(ContainerRegistrationKeys.LOGGER).warn(`Loyalty tier e-mail to ${customer.email} not sent: ${(e as Error).message}`)
  }
}

export const config: SubscriberConfig = { event: LOYALTY_TIER_CHANGED, context: { subscriberId: "kassa-loyalty-tier-changed-mail" } }
