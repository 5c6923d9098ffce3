import { freeText, ids, money, pagination } from "@kassa/core/kit"
import { z } from "@medusajs/framework/zod"
import { CreditDetailsSchema } from "../../../../credit/schema"

const percent = (what: string) => z.number().min(0, `${what} is a percent from 0`).max(100, `${what} is a percent up to 100`).multipleOf(0.01, `${what} has at most two decimals`)
const months = z.number().int().min(1).max(60)

export const CalculatorSchema = z.object({
  location_id: ids.location(),
  price: z.coerce.number().pipe(money()),
  /** Pesos; the branch's minimum when left out. */
  down_payment: z.coerce.number().pipe(money({ allowZero: true })).optional(),
  /** One term; every term the branch offers when left out. */
  term_months: z.coerce.number().int().min(1).max(60).optional(),
})
export type CalculatorType = z.infer<typeof CalculatorSchema>

export const UpdateTermsSchema = z
  .object({
    term_months: z.array(months).min(1, "term_months needs at least one term").refine((a) => new Set(a).size === a.length, "term_months has a term twice"),
    min_down_payment_percent: percent("min_down_payment_percent"),
    interest_method: z.enum(["add_on", "flat_monthly"]),
    add_on_rates: z.record(z.string().regex(/^\d+$/, "add_on_rates keys are months"), percent("an add-on rate")),
    monthly_rate: percent("monthly_rate"),
    processing_fee_type: z.enum(["fixed", "percent"]),
    processing_fee: money({ allowZero: true }),
    late_fee_type: z.enum(["fixed", "percent"]),
    late_fee: money({ allowZero: true }),
    late_fee_grace_days: z.number().int().min(0).max(60),
    late_fee_period_days: z.number().int().min(1).max(90),
    reminder_days_before: z.number().int().min(0).max(30),
    auto_approve_max: money({ allowZero: true }).nullable(),
    receipt_prefix: z.string().regex(/^[A-Z0-9]{1,6}$/, "receipt_prefix is 1–6 capital letters or digits"),
  })
  .partial()
  .strict()
export type UpdateTermsType = z.infer<typeof UpdateTermsSchema>

export const ListPlansSchema = z.object({
  status: z.enum(["pending_approval", "active", "completed", "rejected", "canceled"]).optional(),
  location_id: ids.location().optional(),
  customer_id: ids.customer().optional(),
  order_id: ids.order().optional(),
  /** Approved or rejected by this user. */
  officer_id: z.string().max(100).optional(),
  overdue: z.enum(["true", "false"]).transform((v) => v === "true").optional(),
  /** Pending applications the caller may approve (within their limit, not their own sale). */
  approvable: z.enum(["true", "false"]).transform((v) => v === "true").optional(),
  ...pagination(),
})
export type ListPlansType = z.infer<typeof ListPlansSchema>

export const DecisionSchema = z.object({ note: freeText(1000, 3) }).strict()
export type DecisionType = z.infer<typeof DecisionSchema>

export const CollectSchema = z
  .object({
    location_id: ids.location(),
    method: z.string().min(1).max(40),
    amount: money(),
    reference: freeText(100).optional(),
    note: freeText(500).optional(),
    payoff: z.boolean().optional(),
  })
  .strict()
export type CollectType = z.infer<typeof CollectSchema>

export const CreditProfileSchema = CreditDetailsSchema.strict()
export type CreditProfileType = z.infer<typeof CreditProfileSchema>

export const DashboardSchema = z.object({ location_id: ids.location().optional() })
export type DashboardType = z.infer<typeof DashboardSchema>

export const CreditOfficerSchema = z.object({
  approval_limit: z.number().min(0, "approval_limit must be zero or more").multipleOf(0.01, "approval_limit has at most two decimals (centavos)").nullable().optional(),
  security_level: z.number().int("security_level is a whole number from 1 to 5").min(1, "security_level is a whole number from 1 to 5").max(5, "security_level is a whole number from 1 to 5").optional(),
})
export type CreditOfficerType = z.infer<typeof CreditOfficerSchema>
