import { freeText, id, ids, money, pagination, quantity } from "@kassa/core/kit"
import { z } from "@medusajs/framework/zod"

/** The register whose drawer takes or gives cash (required by the workflow when the tender is cash). */
const register_id = ids.register().optional()

const tender = z.string({ error: "must be a tender id (cash, card, …)" }).regex(/^[a-z][a-z0-9_]{0,39}$/, "must be a tender id (cash, card, …)")

export const TakePreorderSchema = z
  .object({
    /** preorder: goods not in stock (or not released) at the branch; layaway: goods in stock, reserved now. */
    kind: z.enum(["preorder", "layaway"]).default("preorder"),
    location_id: ids.location(),
    customer_id: ids.customer(),
    variant_id: ids.variant(),
    quantity: quantity(99),
    /** When the goods are expected (a pre-order): a date ("2027-03-01") or an instant. */
    expected_at: z.union([z.iso.date(), z.iso.datetime({ offset: true })], { error: "must be a date (2027-03-01) or a date and time with its offset" }).optional(),
    note: freeText(500).optional(),
    deposit: z.object({ tender, amount: money() }).strict(),
    register_id,
  })
  .strict()
export type TakePreorderType = z.infer<typeof TakePreorderSchema>

export const PaySchema = z.object({ location_id: ids.location(), register_id, tender, amount: money() }).strict()
export type PayType = z.infer<typeof PaySchema>

export const CollectSchema = z
  .object({
    location_id: ids.location(),
    serial_numbers: z.array(freeText(100, 1)).max(99, "must be at most 99 serial numbers").optional(),
    /** The balance paid at collection. */
    payment: z.object({ tender, amount: money() }).strict().optional(),
    register_id,
  })
  .strict()
export type CollectType = z.infer<typeof CollectSchema>

export const CancelSchema = z.object({ location_id: ids.location(), register_id, reason: freeText(500, 3) }).strict()
export type CancelType = z.infer<typeof CancelSchema>

const percent = z.number({ error: "must be a percent" }).int("must be a whole percent").min(0, "must be 0 or more").max(100, "must be at most 100")
const days = (min: number) => z.number({ error: "must be a number of days" }).int("must be a whole number of days").min(min, `must be ${min} or more`).max(365, "must be at most 365")

export const RulesSchema = z
  .object({
    deposit_percent: percent.optional(),
    /** A fixed minimum deposit in the major unit; 0: none. */
    deposit_amount: money({ allowZero: true }).optional(),
    cancel_fee_percent: percent.optional(),
    layaway_days: days(1).optional(),
    reminder_days: days(0).optional(),
  })
  .strict()
  .refine((v) => Object.keys(v).length > 0, "give at least one of deposit_percent, deposit_amount, cancel_fee_percent, layaway_days, reminder_days")
export type RulesType = z.infer<typeof RulesSchema>

export const ListPreordersSchema = z
  .object({
    location_id: ids.location().optional(),
    status: z.enum(["awaiting_stock", "ready", "collected", "shipped", "delivered", "canceled", "expired", "open"]).optional(),
    kind: z.enum(["preorder", "layaway"]).optional(),
    variant_id: ids.variant().optional(),
    product_id: id("prod", "a product").optional(),
    customer_id: ids.customer().optional(),
    /** Pre-orders whose expected date has passed and that are still waiting. */
    overdue: z.enum(["true", "false"]).transform((v) => v === "true").optional(),
    /** A pre-order's number (the slip's barcode), or its start. */
    number: z.string().trim().regex(/^[A-Za-z0-9-]{2,40}$/, "must be a pre-order number (PO-MNL-000001)").optional(),
    expected_before: z.iso.date({ error: "must be a date (2027-03-01)" }).optional(),
    format: z.enum(["json", "csv"]).default("json"),
    ...pagination(),
  })
  .strict()
export type ListPreordersType = z.infer<typeof ListPreordersSchema>

export const SlipQuerySchema = z
  .object({
    receipt_number: z.string().trim().regex(/^[A-Za-z0-9-]{2,60}$/, "must be a payment's receipt number (PO-MNL-000001-2)").optional(),
    format: z.enum(["json", "text"]).default("json"),
  })
  .strict()
export type SlipQueryType = z.infer<typeof SlipQuerySchema>

export const ShipSchema = z
  .object({
    /** The branch holding the goods, which sends them. */
    location_id: ids.location(),
    address: z
      .object({
        first_name: freeText(100, 1),
        last_name: freeText(100).optional(),
        phone: z.string().trim().regex(/^\+?[0-9 ()-]{7,20}$/, "must be a phone number"),
        address_1: freeText(200, 3),
        address_2: freeText(200).optional(),
        city: freeText(100, 2),
        province: freeText(100).optional(),
        postal_code: z.string().trim().regex(/^[0-9A-Za-z -]{3,10}$/, "must be a postal code").optional(),
        country_code: z.string().regex(/^[a-zA-Z]{2}$/, "must be a two-letter country code").transform((v) => v.toLowerCase()),
      })
      .strict(),
    /** The delivery fee, owed on top of the balance; 0 or left out: free. */
    fee: money({ allowZero: true }).default(0),
    serial_numbers: z.array(freeText(100, 1)).max(99, "must be at most 99 serial numbers").optional(),
    /** The balance with the fee, paid now (when not paid before). */
    payment: z.object({ tender, amount: money() }).strict().optional(),
    register_id,
  })
  .strict()
export type ShipType = z.infer<typeof ShipSchema>

export const DeliveredSchema = z.object({ location_id: ids.location() }).strict()
export type DeliveredType = z.infer<typeof DeliveredSchema>

export const FiguresSchema = z.object({ location_id: ids.location().optional() }).strict()
export type FiguresType = z.infer<typeof FiguresSchema>

export const TendersQuerySchema = z.object({ location_id: ids.location() }).strict()
export type TendersQueryType = z.infer<typeof TendersQuerySchema>
