import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { GIFT_CARD_MODULE } from "../../../../../../../modules/gift_card"
import type GiftCardModuleService from "../../../../../../../modules/gift_card/service"
import { disableGiftCardWorkflow } from "../../../../../../../workflows/gift-cards"
import type { DisableGiftCardType } from "../../validators"

/** Disables a lost or stolen gift card, with the reason; what is left on it can no longer be spent. */
export const POST = async (req: AuthenticatedMedusaRequest<DisableGiftCardType>, res: MedusaResponse) => {
  await disableGiftCardWorkflow(req.scope).run({ input: { gift_card_id: req.params.id, reason: req.validatedBody.reason, actor_id: req.auth_context.actor_id } })
  const card = await req.scope.resolve<GiftCardModuleService>(GIFT_CARD_MODULE).retrieveGiftCard(req.params.id, { select: ["id", "disabled_at", "disabled_reason"] })
  res.json({ gift_card: card })
}
