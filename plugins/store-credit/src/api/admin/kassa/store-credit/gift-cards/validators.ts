import { freeText, ids } from "@kassa/core/kit"
import { z } from "@medusajs/framework/zod"

/** A code as scanned or typed: spaces, dashes and case do not matter. */
export const GiftCardLookupSchema = z.object({ code: z.string().trim().min(1, "give the card's code").max(40) }).strict()
export type GiftCardLookupType = z.infer<typeof GiftCardLookupSchema>

export const DisableGiftCardSchema = z.object({ location_id: ids.location(), reason: freeText(500, 3) }).strict()
export type DisableGiftCardType = z.infer<typeof DisableGiftCardSchema>
