import { freeText, ids } from "@kassa/core/kit"
import { z } from "@medusajs/framework/zod"

/** A manager's PIN typed at the counter, for a cashier without store_credit:gift_sale. */
const approval = z.object({ staff_id: ids.staff(), pin: z.string().regex(/^\d{4,6}$/, "must be 4 to 6 digits") }).strict()

export const MarkGiftsSchema = z
  .object({
    /** The lines to give away; left out: every line of the ticket not a gift yet. */
    line_ids: z.array(z.string().regex(/^ptln_[0-9A-Za-z]{1,60}$/, "must be a ticket line id (ptln_…)")).min(1, "name at least one line, or leave line_ids out for the whole ticket").max(200).optional(),
    reason: freeText(500, 3),
    approval: approval.optional(),
  })
  .strict()
export type MarkGiftsType = z.infer<typeof MarkGiftsSchema>
