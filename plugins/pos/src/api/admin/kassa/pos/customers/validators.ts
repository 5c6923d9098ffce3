import { CARD_NUMBER_REFUSED, customerProfileFields, findCardNumber, freeText, ids, pagination, phoneNumber } from "@kassa/core/kit"
import { z } from "@medusajs/framework/zod"

export const FindCustomersSchema = z.object({ q: z.string().trim().min(2).max(100) })

export const QuickCustomerSchema = z
  .object({
    first_name: freeText(100, 1),
    last_name: freeText(100).optional(),
    // As people type it (0917…, +63917…, 63917…); stored in E.164 (+63917…), core's one spelling.
    phone: phoneNumber(),
    email: z.string().max(200).email().refine((v) => !findCardNumber(v), CARD_NUMBER_REFUSED).optional(),
    // The counter's "More": core's customer profile, saved with the new customer.
    ...customerProfileFields,
  })
  .strict()

export type FindCustomersType = z.infer<typeof FindCustomersSchema>
export type QuickCustomerType = z.infer<typeof QuickCustomerSchema>

/** A customer's receipts, a page at a time (the admin's history widget). */
export const CustomerReceiptsSchema = z.object(pagination({ limit: 20, max: 100 }))

/** The counter's customer panel: the last few receipts, at the branches the cashier works at. */
export const RecentCustomerReceiptsSchema = z
  .object({ location_id: ids.location(), limit: z.coerce.number({ error: "must be a number" }).int().min(1, "must be 1 or more").max(10, "must be at most 10").default(5) })

export type CustomerReceiptsType = z.infer<typeof CustomerReceiptsSchema>
export type RecentCustomerReceiptsType = z.infer<typeof RecentCustomerReceiptsSchema>
