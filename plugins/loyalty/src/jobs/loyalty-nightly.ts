import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { LOYALTY_MODULE } from "../modules/loyalty"
import type LoyaltyModuleService from "../modules/loyalty/service"
import { nightlyLoyaltyWorkflow } from "../workflows"

/**
 * Every night: lapsed points are written off (expire entries) and each member's tier is set for
 * the rolling window ending now, so a tier reached a year ago lapses when its qualifying spend
 * leaves the window (a downgrade happens at this pass, not at the next sale).
 */
/** `now`: the instant the pass runs for (a test or script may choose one; the schedule runs it for the present). */
export default async function loyaltyNightly(container: MedusaContainer, now: Date = new Date()) {
  const loyalty: LoyaltyModuleService = container.resolve(LOYALTY_MODULE)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  let expired = 0
  for (const accountId of await loyalty.accountIds()) {
    try {
      expired += await loyalty.expireAccount(accountId, now)
      const [account] = await loyalty.listLoyaltyAccounts({ id: accountId }, { select: ["customer_id"] })
      await nightlyLoyaltyWorkflow(container).run({ input: { customer_id: account.customer_id, at: now.toISOString() } })
    } catch (e) {
      logger.warn(`Loyalty nightly pass for ${accountId} failed: ${(e as Error).message}`)
    }
  }
  if (expired) logger.info(`Loyalty: ${expired} points expired`)
  return { expired }
}

export const config = { name: "kassa-loyalty-nightly", schedule: "30 2 * * *" }
