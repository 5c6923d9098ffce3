import { freeText, ids, pagination } from "@kassa/core/kit"
import { z } from "@medusajs/framework/zod"

const whole = (what: string, min: number, max: number) =>
  z.number({ error: `must be a number of ${what}` }).int(`must be a whole number of ${what}`).min(min, `must be ${min} or more`).max(max, `must be at most ${max}`)

export const SettingsSchema = z
  .object({
    /** One point for every this many centavos paid (10000: a point per ₱100). */
    spend_per_point: whole("centavos", 1, 100_000_000).optional(),
    rounding: z.enum(["down", "nearest", "up"], { error: "must be down, nearest or up" }).optional(),
    earn_on_tax: z.boolean({ error: "must be true or false" }).optional(),
    non_earning_tenders: z.array(z.string().min(1).max(50), { error: "must be a list of tender methods" }).max(50).optional(),
    /** What a point is worth when spent, in centavos. */
    point_value: whole("centavos", 1, 100_000_000).optional(),
    min_redeem_points: whole("points", 1, 1_000_000).optional(),
    max_redeem_percent: whole("percent", 1, 100).optional(),
    expiry_mode: z.enum(["none", "earned", "inactivity"], { error: "must be none, earned or inactivity" }).optional(),
    expiry_months: whole("months", 1, 120).optional(),
    tier_basis: z.enum(["spend", "points"], { error: "must be spend or points" }).optional(),
    tier_window_months: whole("months", 1, 60).optional(),
  })
  .strict()
  .refine((v) => Object.keys(v).length > 0, "give at least one setting")
export type SettingsType = z.infer<typeof SettingsSchema>

export const TierSchema = z
  .object({
    name: freeText(60, 1),
    /** Centavos of qualifying spend, or points, by the settings' tier_basis. */
    threshold: whole("centavos or points", 0, 2_000_000_000),
    earn_multiplier_percent: whole("percent", 0, 1000),
  })
  .strict()
export type TierType = z.infer<typeof TierSchema>

export const EnrolSchema = z
  .object({
    /** The branch enrolling them (the staff member's, with the plugin on). */
    location_id: ids.location(),
    marketing_consent: z.boolean({ error: "must be true or false" }),
  })
  .strict()
export type EnrolType = z.infer<typeof EnrolSchema>

export const AdjustSchema = z
  .object({
    location_id: ids.location(),
    /** Added (positive) or taken away (negative). */
    points: z.number({ error: "must be a number of points" }).int("must be a whole number of points").min(-10_000_000).max(10_000_000).refine((v) => v !== 0, "must not be zero"),
    reason: freeText(500, 3),
  })
  .strict()
export type AdjustType = z.infer<typeof AdjustSchema>

export const ListMembersSchema = z.object({
  /** Members enrolled at this branch or with points earned or spent there. */
  location_id: ids.location().optional(),
  tier_id: z.string().regex(/^lytier_\w+$/, "must be a loyalty tier id (lytier_…)").optional(),
  /** Customer search: name, e-mail or phone. */
  q: freeText(100, 1).optional(),
  /** Members who earned or spent points within this many days. */
  active_within_days: z.coerce.number({ error: "must be a number of days" }).int("must be a whole number of days").min(1, "must be 1 or more").max(3650, "must be at most 3650").optional(),
  format: z.enum(["json", "csv"]).default("json"),
  ...pagination(),
})
export type ListMembersType = z.infer<typeof ListMembersSchema>

export const CustomerQuerySchema = z.object({ location_id: ids.location().optional() })
