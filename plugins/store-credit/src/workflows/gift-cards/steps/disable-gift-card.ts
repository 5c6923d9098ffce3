import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { GIFT_CARD_MODULE } from "../../../modules/gift_card"
import type GiftCardModuleService from "../../../modules/gift_card/service"

export type DisableGiftCardInput = { gift_card_id: string; reason: string; actor_id: string }

/** Disables a card; its one write, so there is nothing after it to undo for. */
export const disableGiftCardStep = createStep("kassa-gift-card-disable", async (input: DisableGiftCardInput, { container }) => {
  const service: GiftCardModuleService = container.resolve(GIFT_CARD_MODULE)
  await service.disableCard({ id: input.gift_card_id, reason: input.reason, actor_id: input.actor_id })
  return new StepResponse(input.gift_card_id)
})
