import { freeText, ids } from "@kassa/core/kit"
import { z } from "@medusajs/framework/zod"
import { approval } from "../tickets/validators"

export const ReceiptQuerySchema = z.object({
  format: z.enum(["json", "html", "pdf", "text"]).default("json"),
  layout: z.enum(["thermal", "a4"]).default("thermal"),
})

export const EmailReceiptSchema = z.object({ email: z.string().max(200).email().optional(), layout: z.enum(["thermal", "a4"]).default("a4") }).strict()

export const FindSalesSchema = z.object({
  location_id: ids.location(),
  q: z.string().trim().min(3, "type a receipt number, phone or e-mail").max(100),
  limit: z.coerce.number().int().min(1).max(50).default(20),
})

export const RecentSalesSchema = z.object({
  location_id: ids.location().optional(),
  q: z.string().trim().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(50).default(10),
})

export const VoidSaleSchema = z.object({ reason: freeText(500, 3), approval: approval.optional() }).strict()

export type ReceiptQueryType = z.infer<typeof ReceiptQuerySchema>
export type EmailReceiptType = z.infer<typeof EmailReceiptSchema>
export type VoidSaleType = z.infer<typeof VoidSaleSchema>
export type FindSalesType = z.infer<typeof FindSalesSchema>
export type RecentSalesType = z.infer<typeof RecentSalesSchema>
