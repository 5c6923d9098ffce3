import { freeText, money } from "@kassa/core/kit"
import { z } from "@medusajs/framework/zod"

/** The credit desk's details about a customer: identity, address and contacts. */
export const CreditDetailsSchema = z.object({
  id_type: freeText(60, 2),
  // Not checked for card numbers: a PhilSys card number is 16 digits in fours, like a payment card's,
  // and one in ten would pass the Luhn check. The audit log still masks one that does.
  id_number: z.string().trim().min(3, "id_number: the ID's number").max(60),
  address_line: freeText(300, 3),
  city: freeText(100, 2),
  province: freeText(100).nullish(),
  postal_code: freeText(20).nullish(),
  phone: freeText(30).pipe(z.string().regex(/^\+?[\d\s()-]{7,20}$/, "phone: a contact number")),
  employer: freeText(200).nullish(),
  monthly_income: money({ allowZero: true }).nullish(),
  reference_name: freeText(200).nullish(),
  reference_phone: freeText(30).nullish(),
})

export type CreditDetails = z.infer<typeof CreditDetailsSchema>

/** zod's issues as one sentence naming each field that is wrong. */
export const describeIssues = (error: z.ZodError) =>
  error.issues.map((i) => (i.message.includes(":") || !i.path.length ? i.message : `${i.path.join(".")}: ${i.message}`)).join("; ")
