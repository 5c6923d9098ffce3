import { freeText, ids, money, quantity } from "@kassa/core/kit"
import { z } from "@medusajs/framework/zod"
import { approval } from "../tickets/validators"

export const returnLines = z
  .array(z.object({ item_id: z.string().min(1).max(100), quantity: quantity(), condition: z.enum(["resellable", "damaged"]) }).strict())
  .min(1, "choose at least one line to return")
  .max(200)
export const refund = z
  .object({ method: z.string().min(1).max(40), reference: freeText(100).optional(), card_last4: z.string().regex(/^\d{4}$/, "must be 4 digits").optional() })
  .strict()
/** The goods an exchange hands out, by scanned code or variant id. */
export const newItems = z
  .array(
    z
      .object({ code: z.string().trim().min(1).max(64).optional(), variant_id: ids.variant().optional(), quantity: quantity() })
      .strict()
      .refine((i) => i.code || i.variant_id, { message: "give the new item's code or variant_id" })
  )
  .min(1, "an exchange hands out at least one item")
  .max(200)
/** One tender for what the customer pays on an exchange. */
export const payment = z
  .object({
    method: z.string().min(1).max(40),
    tendered: money().optional(),
    reference: freeText(100).optional(),
    card_last4: z.string().regex(/^\d{4}$/, "must be 4 digits").optional(),
    approval_code: freeText(50).optional(),
  })
  .strict()
/** `no_receipt`: the customer brought no receipt (the sale was found by phone or e-mail): a manager approves. */
export const noReceipt = z.boolean().optional()
const common = { order_id: ids.order(), register_id: ids.register(), reason: freeText(500, 3), approval: approval.optional(), no_receipt: noReceipt }

export const CounterReturnSchema = z.object({ ...common, items: returnLines, refund }).strict()

/** An exchange: `refund` applies when the new items cost less, `payment` (one tender) when they cost more. */
export const CounterExchangeSchema = z
  .object({
    ...common,
    return_items: returnLines,
    new_items: newItems,
    refund: refund.default({ method: "cash" }),
    payment: payment.optional(),
  })
  .strict()

export const RefundReceiptSchema = z.object({ format: z.enum(["json", "html", "pdf", "text"]).default("json") })

export type CounterReturnType = z.infer<typeof CounterReturnSchema>
export type CounterExchangeType = z.infer<typeof CounterExchangeSchema>
export type RefundReceiptType = z.infer<typeof RefundReceiptSchema>
