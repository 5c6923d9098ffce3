import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { lookUpGiftCard } from "../../../../../gift-cards/lookup"
import type { GiftCardLookupType } from "../../../../admin/kassa/store-credit/gift-cards/validators"

/** A gift card's balance by its code, for the storefront or a kiosk (rate-limited per address). */
export const POST = async (req: MedusaRequest<GiftCardLookupType>, res: MedusaResponse) => {
  const { id: _id, order_id: _order, stock_location_id: _branch, ...card } = await lookUpGiftCard(req.scope, req.validatedBody.code)
  res.json({ gift_card: card })
}
