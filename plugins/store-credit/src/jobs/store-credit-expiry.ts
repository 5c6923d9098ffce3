import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { decimal } from "../ledger/money"
import { expireStoreCreditWorkflow, remindStoreCreditExpiryWorkflow } from "../workflows/expiry"

/**
 * Store credit past its expiry is written off once a day (an expiry entry, never a silent
 * change), then customers whose credit lapses within the settings' reminder days are e-mailed.
 * 16:05 UTC is just after midnight in the Philippines. Safe to run again.
 */
export default async function storeCreditExpiryJob(container: MedusaContainer) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const { result } = await expireStoreCreditWorkflow(container).run({ input: {} })
  logger.info(`Store credit: ${decimal(result.centavos)} expired on ${result.accounts} account(s)`)
  const { result: reminders } = await remindStoreCreditExpiryWorkflow(container).run({ input: {} })
  logger.info(`Store credit: ${reminders.sent} expiry e-mail(s) sent`)
}

export const config = { name: "kassa-store-credit-expiry", schedule: "5 16 * * *" }
