import { freeData, freeText, ids, money, quantity } from "@kassa/core/kit"
import { z } from "@medusajs/framework/zod"

const amount = money()
const discount = z.object({ type: z.enum(["amount", "percent"]), value: money() }).refine(
  (d) => d.type === "amount" || d.value <= 100,
  { message: "a percent discount is at most 100" }
)
/** A manager's PIN typed at the counter, for what the cashier may not do alone. */
export const approval = z.object({ staff_id: ids.staff(), pin: z.string().regex(/^\d{4,6}$/, "must be 4 to 6 digits") }).strict()

export const OpenTicketSchema = z.object({ location_id: ids.location(), register_id: ids.register() }).strict()

export const ListTicketsSchema = z.object({
  location_id: ids.location(),
  register_id: ids.register().optional(),
  status: z.enum(["open", "parked", "completed", "voided"]).optional(),
})

export const UpdateTicketSchema = z
  .object({
    customer_id: ids.customer().nullable().optional(),
    sales_agent_id: ids.staff().nullable().optional(),
    discount: discount.nullable().optional(),
    promo_codes: z.array(freeText(50, 1)).max(10).optional(),
    note: freeText(1000).nullable().optional(),
    status: z.enum(["open", "parked", "voided"]).optional(),
    approval: approval.optional(),
  })
  .strict()

/** What a scanner or a cashier typed to add an item (looked up, never stored as typed). */
const code = z.string().trim().min(1).max(64)

export const AddLineSchema = z
  .object({
    code: code.optional(),
    variant_id: ids.variant().optional(),
    quantity: quantity().default(1),
  })
  .strict()
  .refine((b) => !!b.code !== !!b.variant_id, { message: "give either code (a scan) or variant_id" })

export const UpdateLineSchema = z
  .object({
    quantity: quantity().optional(),
    discount: discount.nullable().optional(),
    override_price: amount.nullable().optional(),
    override_reason: freeText(500, 3).optional(),
    serial_numbers: z.array(freeText(100, 1)).max(999).optional(),
    approval: approval.optional(),
  })
  .strict()
  .refine((b) => b.override_price == null || !!b.override_reason, { message: "a price override needs override_reason" })

/** One payment: what a card terminal or wallet printed, never the card number itself. */
export const tender = z
  .object({
    method: z.string().min(1).max(40),
    amount: amount.optional(),
    tendered: amount.optional(),
    reference: freeText(100).optional(),
    card_last4: z.string().regex(/^\d{4}$/, "must be the card's last 4 digits").optional(),
    approval_code: freeText(50).optional(),
    data: freeData().optional(),
  })
  .strict()

export const CheckoutSchema = z
  .object({ tenders: z.array(tender).min(1).max(10), idempotency_key: z.string().min(8).max(200).optional() })
  .strict()

export type OpenTicketType = z.infer<typeof OpenTicketSchema>
export type ListTicketsType = z.infer<typeof ListTicketsSchema>
export type UpdateTicketType = z.infer<typeof UpdateTicketSchema>
export type AddLineType = z.infer<typeof AddLineSchema>
export type UpdateLineType = z.infer<typeof UpdateLineSchema>
export type CheckoutType = z.infer<typeof CheckoutSchema>
