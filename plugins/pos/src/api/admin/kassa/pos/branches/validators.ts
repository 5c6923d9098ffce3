import { freeText, money } from "@kassa/core/kit"
import { z } from "@medusajs/framework/zod"
import { validateReceiptPattern } from "../../../../../modules/pos/receipt-pattern"

export const PosSettingsSchema = z
  .object({
    receipt_pattern: z
      .string()
      .trim()
      .min(3)
      .max(60)
      .superRefine((p, ctx) => {
        const problem = validateReceiptPattern(p)
        if (problem) ctx.addIssue({ code: "custom", message: problem })
      })
      .optional(),
    allow_negative_stock: z.boolean().optional(),
    other_tenders: z
      .array(z.object({ id: z.string().regex(/^[a-z][a-z0-9_]{1,30}$/, "must be lower-case letters, digits and _"), label: freeText(50, 1) }).strict())
      .max(10)
      .refine((list) => !list.some((t) => t.id === "cash" || t.id === "card"), { message: "cash and card are always there" })
      // The admin derives a new tender's id from its label: "Maya" twice would be one tender twice.
      .refine((list) => new Set(list.map((t) => t.id)).size === list.length, { message: "each tender once: two have the same id" })
      .optional(),
    warranty_terms: freeText(500).optional(),
    return_approval_amount: money({ allowZero: true }).optional(),
    return_approval_days: z.number().int().nonnegative().max(3650).optional(),
    return_request_days: z.number().int().min(1).max(365).optional(),
    email_receipts: z.boolean().optional(),
  })
  .strict()

export type PosSettingsType = z.infer<typeof PosSettingsSchema>
