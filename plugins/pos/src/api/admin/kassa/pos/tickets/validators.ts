import { z } from "@medusajs/framework/zod"

const amount = z.number().positive().multipleOf(0.01, "must be in whole centavos (at most two decimals)")
const discount = z.object({ type: z.enum(["amount", "percent"]), value: z.number().positive() }).refine(
  (d) => d.type === "amount" || d.value <= 100,
  { message: "a percent discount is at most 100" }
)
/** A manager's PIN typed at the counter, for what the cashier may not do alone. */
export const approval = z.object({ staff_id: z.string().min(1), pin: z.string().regex(/^\d{4,6}$/, "must be 4 to 6 digits") }).strict()

export const OpenTicketSchema = z.object({ location_id: z.string().min(1), register_id: z.string().min(1) }).strict()

export const ListTicketsSchema = z.object({
  location_id: z.string().min(1),
  register_id: z.string().optional(),
  status: z.enum(["open", "parked", "completed", "voided"]).optional(),
})

export const UpdateTicketSchema = z
  .object({
    customer_id: z.string().nullable().optional(),
    sales_agent_id: z.string().nullable().optional(),
    discount: discount.nullable().optional(),
    promo_codes: z.array(z.string().trim().min(1)).max(10).optional(),
    note: z.string().max(1000).nullable().optional(),
    status: z.enum(["open", "parked", "voided"]).optional(),
    approval: approval.optional(),
  })
  .strict()

export const AddLineSchema = z
  .object({
    code: z.string().trim().min(1).optional(),
    variant_id: z.string().min(1).optional(),
    quantity: z.number().int().positive().max(999).default(1),
  })
  .strict()
  .refine((b) => !!b.code !== !!b.variant_id, { message: "give either code (a scan) or variant_id" })

export const UpdateLineSchema = z
  .object({
    quantity: z.number().int().positive().max(999).optional(),
    discount: discount.nullable().optional(),
    override_price: amount.nullable().optional(),
    override_reason: z.string().trim().min(3).max(500).optional(),
    serial_numbers: z.array(z.string().trim().min(1).max(100)).max(999).optional(),
    approval: approval.optional(),
  })
  .strict()
  .refine((b) => b.override_price == null || !!b.override_reason, { message: "a price override needs override_reason" })

const tender = z
  .object({
    method: z.string().min(1),
    amount: amount.optional(),
    tendered: amount.optional(),
    reference: z.string().trim().max(100).optional(),
    card_last4: z.string().optional(),
    approval_code: z.string().trim().max(50).optional(),
    data: z.record(z.string(), z.unknown()).optional(),
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
