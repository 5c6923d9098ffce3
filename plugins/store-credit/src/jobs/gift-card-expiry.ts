import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { decimal } from "../ledger/money"
import { expireGiftCardsWorkflow } from "../workflows/gift-cards"

/**
 * Gift cards past their validity (the settings' gift_card_validity_months) are written off once a
 * day: an expiry entry for what was left, never a silent change. 16:05 UTC is just after midnight
 * in the Philippines, beside the store credit's expiry. Safe to run again.
 */
export default async function giftCardExpiryJob(container: MedusaContainer) {
  const { result } = await expireGiftCardsWorkflow(container).run({ input: {} })
  container.resolve(ContainerRegistrationKeys.LOGGER).info(`Gift cards: ${decimal(result.centavos)} expired on ${result.cards} card(s)`)
}

export const config = { name: "kassa-gift-card-expiry", schedule: "5 16 * * *" }
