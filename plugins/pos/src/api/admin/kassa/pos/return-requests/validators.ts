import { freeText, ids, pagination } from "@kassa/core/kit"
import { z } from "@medusajs/framework/zod"
import { newItems, noReceipt, payment, refund, returnLines } from "../returns/validators"

/**
 * The same body as a return at the counter (no PIN: that is what the request waits for), and a
 * note for the manager; with `new_items` it is an exchange's (the goods the customer will take).
 */
export const SubmitReturnRequestSchema = z
  .object({
    order_id: ids.order(),
    register_id: ids.register(),
    reason: freeText(500, 3),
    items: returnLines,
    new_items: newItems.optional(),
    refund: refund.default({ method: "cash" }),
    no_receipt: noReceipt,
    note: freeText(500).optional(),
  })
  .strict()

export const ListReturnRequestsSchema = z.object({
  location_id: ids.location().optional(),
  status: z.enum(["pending", "approved", "rejected", "expired", "completed"]).optional(),
  ...pagination({ limit: 20, max: 100 }),
})

/** The counter's feed of its branch's requests. */
export const ReturnRequestFeedSchema = z.object({ location_id: ids.location() })
export type ReturnRequestFeedType = z.infer<typeof ReturnRequestFeedSchema>

export const ApproveReturnRequestSchema = z.object({ note: freeText(500).optional() }).strict()
export const RejectReturnRequestSchema = z.object({ note: freeText(500, 3) }).strict()

/**
 * At the counter: which register completes it; the refund method may change from the one asked
 * (the customer's choice); an exchange whose new goods cost more takes the customer's `payment`.
 */
export const CompleteReturnRequestSchema = z.object({ register_id: ids.register(), refund: refund.optional(), payment: payment.optional() }).strict()

export const ReturnRequestSlipSchema = z.object({ format: z.enum(["html", "pdf", "text"]).default("html") })

export type SubmitReturnRequestType = z.infer<typeof SubmitReturnRequestSchema>
export type ListReturnRequestsType = z.infer<typeof ListReturnRequestsSchema>
export type ApproveReturnRequestType = z.infer<typeof ApproveReturnRequestSchema>
export type RejectReturnRequestType = z.infer<typeof RejectReturnRequestSchema>
export type CompleteReturnRequestType = z.infer<typeof CompleteReturnRequestSchema>
export type ReturnRequestSlipType = z.infer<typeof ReturnRequestSlipSchema>
