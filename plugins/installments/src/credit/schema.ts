import { z } from "@medusajs/framework/zod"

/** The credit desk's details about a customer: identity, address and contacts. */
export const CreditDetailsSchema = z.object({
  id_type: z.string().trim().min(2, "id_type: the kind of ID presented (e.g. UMID, driver's license, passport)"),
  id_number: z.string().trim().min(3, "id_number: the ID's number"),
  address_line: z.string().trim().min(3, "address_line: street address"),
  city: z.string().trim().min(2, "city"),
  province: z.string().trim().nullish(),
  postal_code: z.string().trim().nullish(),
  phone: z.string().trim().regex(/^\+?[\d\s()-]{7,20}$/, "phone: a contact number"),
  employer: z.string().trim().nullish(),
  monthly_income: z.number().nonnegative().nullish(),
  reference_name: z.string().trim().nullish(),
  reference_phone: z.string().trim().nullish(),
})

export type CreditDetails = z.infer<typeof CreditDetailsSchema>

/** zod's issues as one sentence naming each field that is wrong. */
export const describeIssues = (error: z.ZodError) =>
  error.issues.map((i) => (i.message.includes(":") || !i.path.length ? i.message : `${i.path.join(".")}: ${i.message}`)).join("; ")
