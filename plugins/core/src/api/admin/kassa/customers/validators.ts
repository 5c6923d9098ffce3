import { z } from "@medusajs/framework/zod"
import { DUPLICATE_KINDS } from "../../../../modules/customer-merge/service"
import { GENDERS } from "../../../../modules/customer-profile/models"
import { freeText, ids, MAX_MONEY, pagination } from "../../../../validation/schemas"

export const GetDuplicatesSchema = z.object({ kind: z.enum(DUPLICATE_KINDS).optional(), ...pagination({ limit: 20, max: 100 }) }).strict()

export const MergeCustomerSchema = z.object({ from_customer_id: ids.customer(), reason: freeText(500, 3) }).strict()

export type GetDuplicatesType = z.infer<typeof GetDuplicatesSchema>
export type MergeCustomerType = z.infer<typeof MergeCustomerSchema>

/** A calendar date `YYYY-MM-DD` that exists, not after today (UTC+14, the earliest "today" anywhere). */
const birthday = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "birthday must be a date like 1990-04-23")
  .refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v), "birthday must be a real date")
  .refine((v) => v >= "1900-01-01", "birthday must be in 1900 or later")
  .refine((v) => v <= new Date(Date.now() + 14 * 3600_000).toISOString().slice(0, 10), "birthday must not be in the future")

/** The profile's fields, each optional (left out: unchanged; null: cleared). Shared with the counter's quick add. */
export const customerProfileFields = {
  gender: z.enum(GENDERS).nullable().optional(),
  birthday: birthday.nullable().optional(),
  marketing_consent: z.boolean().optional(),
  note: freeText(1000).nullable().optional(),
}

export const PostCustomerProfileSchema = z.object(customerProfileFields).strict()
export type PostCustomerProfileType = z.infer<typeof PostCustomerProfileSchema>

/**
 * The store's frequent-customer rule. At least one threshold; spend in integer minor units
 * (centavos: ₱20,000 is 2000000).
 */
export const PostFrequentRuleSchema = z
  .object({
    enabled: z.boolean().default(true),
    min_purchases: z.number().int("min_purchases must be a whole number").min(1, "min_purchases must be 1 or more").max(100_000).nullable().default(null),
    min_spend: z.number().int("min_spend must be whole minor units (centavos)").min(1, "min_spend must be 1 or more").max(MAX_MONEY * 100).nullable().default(null),
    currency_code: z.string().regex(/^[a-zA-Z]{3}$/, "currency_code must be an ISO 4217 code").transform((c) => c.toLowerCase()).default("php"),
    months: z.number().int("months must be a whole number").min(1, "months must be 1 or more").max(120, "months must be at most 120").default(12),
    match: z.enum(["any", "all"]).default("any"),
  })
  .strict()
  .refine((r) => r.min_purchases != null || r.min_spend != null, { message: "the rule needs min_purchases, min_spend or both", path: ["min_purchases"] })
export type PostFrequentRuleType = z.infer<typeof PostFrequentRuleSchema>
