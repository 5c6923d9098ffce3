import { CARD_NUMBER_REFUSED, customerProfileFields, findCardNumber, freeText } from "@kassa/core/kit"
import { z } from "@medusajs/framework/zod"

// Philippine mobile numbers as people type them: 0917…, +63917…, 63917…; stored as +63….
const phone = z
  .string()
  .max(30)
  .transform((v) => v.replace(/[\s()-]/g, ""))
  .refine((v) => /^(\+?63|0)9\d{9}$/.test(v), { message: "must be a mobile number like 0917 123 4567 or +63 917 123 4567" })
  .transform((v) => `+63${v.replace(/^(\+?63|0)/, "")}`)

export const FindCustomersSchema = z.object({ q: z.string().trim().min(2).max(100) })

export const QuickCustomerSchema = z
  .object({
    first_name: freeText(100, 1),
    last_name: freeText(100).optional(),
    phone,
    email: z.string().max(200).email().refine((v) => !findCardNumber(v), CARD_NUMBER_REFUSED).optional(),
    // The counter's "More": core's customer profile, saved with the new customer.
    ...customerProfileFields,
  })
  .strict()

export type FindCustomersType = z.infer<typeof FindCustomersSchema>
export type QuickCustomerType = z.infer<typeof QuickCustomerSchema>
