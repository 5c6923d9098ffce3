import { CARD_NUMBER_REFUSED, findCardNumber, freeText, phoneNumber } from "@kassa/core/kit"
import { z } from "@medusajs/framework/zod"

export const FindCustomersSchema = z.object({ q: z.string().trim().min(2).max(100) })

export const QuickCustomerSchema = z
  .object({
    first_name: freeText(100, 1),
    last_name: freeText(100).optional(),
    // As people type it (0917…, +63917…, 63917…); stored in E.164 (+63917…), core's one spelling.
    phone: phoneNumber(),
    email: z.string().max(200).email().refine((v) => !findCardNumber(v), CARD_NUMBER_REFUSED).optional(),
  })
  .strict()

export type FindCustomersType = z.infer<typeof FindCustomersSchema>
export type QuickCustomerType = z.infer<typeof QuickCustomerSchema>
