import { freeText, ids, money, pagination } from "@kassa/core/kit"
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
    /** Left out: the settings' expiry_months from now; null: it never expires. */
    expires_at: futureInstant.nullable().optional(),
  })
  .strict()
export type IssueCreditType = z.infer<typeof IssueCreditSchema>

export const ReverseSchema = z.object({ location_id: ids.location(), reason: freeText(500, 3) }).strict()
export type ReverseType = z.infer<typeof ReverseSchema>

export const SettingsSchema = z
  .object({
    /** Credit issued without a date lapses this many months later; null: never. */
    expiry_months: z.number({ error: "must be a number of months or null" }).int("must be a whole number of months").min(1, "must be 1 or more").max(120, "must be at most 120").nullable().optional(),
    /** Days before a credit lapses that its customer is e-mailed; 0: no e-mails. */
    reminder_days: z.number({ error: "must be a number of days" }).int("must be a whole number of days").min(0, "must be 0 or more").max(365, "must be at most 365").optional(),
    /** A gift card sold lapses this many months after its sale; null: never. */
    gift_card_validity_months: z.number({ error: "must be a number of months or null" }).int("must be a whole number of months").min(1, "must be 1 or more").max(120, "must be at most 120").nullable().optional(),
  })
  .strict()
  .refine((v) => v.expiry_months !== undefined || v.reminder_days !== undefined || v.gift_card_validity_months !== undefined, "give expiry_months, reminder_days or gift_card_validity_months")
export type SettingsType = z.infer<typeof SettingsSchema>

export const ListAccountsSchema = z.object({
  /** Accounts with credit issued or spent at this branch. */
  location_id: ids.location().optional(),
  customer_id: ids.customer().optional(),
  /** Customer search: name, e-mail or phone. */
  q: freeText(100, 1).optional(),
  /** Accounts holding credit that lapses within this many days. */
  expiring_within_days: z.coerce.number({ error: "must be a number of days" }).int("must be a whole number of days").min(0, "must be 0 or more").max(3650, "must be at most 3650").optional(),
  /** csv: the whole filtered list as a CSV file. */
  format: z.enum(["json", "csv"]).default("json"),
  ...pagination(),
})
export type ListAccountsType = z.infer<typeof ListAccountsSchema>
