import { z } from "@medusajs/framework/zod"

export const ReceiptQuerySchema = z.object({
  format: z.enum(["json", "html", "pdf", "text"]).default("json"),
  layout: z.enum(["thermal", "a4"]).default("thermal"),
})

export const EmailReceiptSchema = z.object({ email: z.string().email().optional(), layout: z.enum(["thermal", "a4"]).default("a4") }).strict()

export type ReceiptQueryType = z.infer<typeof ReceiptQuerySchema>
export type EmailReceiptType = z.infer<typeof EmailReceiptSchema>
