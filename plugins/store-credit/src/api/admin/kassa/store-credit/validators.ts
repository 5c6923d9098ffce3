import { freeText, ids, money } from "@kassa/core/kit"
import { z } from "@medusajs/framework/zod"

/** An instant with its offset ("2027-06-30T23:59:59+08:00"), in the future. */
const futureInstant = z.iso
  .datetime({ offset: true, error: "must be a date and time with its offset (2027-06-30T23:59:59+08:00)" })
  .refine((v) => Date.parse(v) > Date.now(), "must be in the future")

export const IssueCreditSchema = z
  .object({
    /** The branch issuing it (the manager's, and the plugin on there). */
    location_id: ids.location(),
    /** In the currency's major unit, e.g. 500.25. */
    amount: money(),
    /** The store's default currency when left out. */
    currency_code: z.string().regex(/^[a-zA-Z]{3}$/, "must be a three-letter currency code").optional(),
    reason: freeText(500, 3),
    /** Left out: DEFAULT_EXPIRY_MONTHS from now; null: it never expires. */
    expires_at: futureInstant.nullable().optional(),
  })
  .strict()
export type IssueCreditType = z.infer<typeof IssueCreditSchema>

export const ReverseSchema = z.object({ location_id: ids.location(), reason: freeText(500, 3) }).strict()
export type ReverseType = z.infer<typeof ReverseSchema>
