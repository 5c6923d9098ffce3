import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { decimal } from "../ledger/money"
import { expireStoreCreditWorkflow } from "../workflows/expiry"

/**
 * Store credit past its expiry is written off once a day (an expiry entry, never a silent
 * change). 16:05 UTC is just after midnight in the Philippines. Safe to run again.
 */
export default async function storeCreditExpiryJob(container: MedusaContainer) {
  const { result } = await expireStoreCreditWorkflow(container).run({ input: {} })
  container.resolve(ContainerRegistrationKeys.LOGGER).info(`Store credit: ${decimal(result.centavos)} expired on ${result.accounts} account(s)`)
}

export const config = { name: "kassa-store-credit-expiry", schedule: "5 16 * * *" }
