import { freeText, ids, pagination } from "@kassa/core/kit"
import { z } from "@medusajs/framework/zod"
import { GIFT_CARD_STATUSES } from "../../../../../gift-cards/status"

/** A code as scanned or typed: spaces, dashes and case do not matter. */
export const GiftCardLookupSchema = z.object({ code: z.string().trim().min(1, "give the card's code").max(40) }).strict()
export type GiftCardLookupType = z.infer<typeof GiftCardLookupSchema>

export const DisableGiftCardSchema = z.object({ location_id: ids.location(), reason: freeText(500, 3) }).strict()
export type DisableGiftCardType = z.infer<typeof DisableGiftCardSchema>

export const ListGiftCardsSchema = z.object({
  /** Cards sold at this branch. */
  location_id: ids.location().optional(),
  /** Cards sold on this order. */
  order_id: ids.order().optional(),
  status: z.enum(GIFT_CARD_STATUSES, { error: `must be one of ${GIFT_CARD_STATUSES.join(", ")}` }).optional(),
  /** The full code, or its end as lists show it ("ABCD" or "ABCD-E"); spaces, dashes and case do not matter. */
  q: z.string().trim().min(1, "must not be empty").max(40, "must be at most 40 characters").optional(),
  /** csv: the whole filtered list as a CSV file. */
  format: z.enum(["json", "csv"]).default("json"),
  ...pagination(),
})
export type ListGiftCardsType = z.infer<typeof ListGiftCardsSchema>
