import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { GIFT_CARD_MODULE } from "../../../modules/gift_card"
import type GiftCardModuleService from "../../../modules/gift_card/service"

/**
 * Writes off what is left on every gift card whose validity has run out, an `expiry` entry each,
 * one card at a time under its lock. Safe to run again and beside a sale: a card written off has
 * nothing left. No compensation: each card's write is final and correct on its own.
 */
export const expireLapsedCardsStep = createStep("kassa-gift-card-expire-lapsed", async ({ now }: { now?: Date | string }, { container }) => {
  const service: GiftCardModuleService = container.resolve(GIFT_CARD_MODULE)
  const at = now ? new Date(now) : new Date()
  let cards = 0
  let centavos = 0
  for (const id of await service.lapsedCardIds(at)) {
    const expired = await service.expireCard(id, at)
    if (expired > 0) {
      cards++
      centavos += expired
    }
  }
  return new StepResponse({ cards, centavos })
})
