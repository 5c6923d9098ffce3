import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { lookUpGiftCard } from "../../../../../../gift-cards/lookup"
import type { GiftCardLookupType } from "../validators"

/** A gift card's balance and status by its code (scanned or typed at the counter). A POST: codes stay out of access logs. */
export const POST = async (req: AuthenticatedMedusaRequest<GiftCardLookupType>, res: MedusaResponse) => {
  res.json({ gift_card: await lookUpGiftCard(req.scope, req.validatedBody.code) })
}
