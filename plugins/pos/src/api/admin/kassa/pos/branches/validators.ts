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
      .array(z.object({ id: z.string().regex(/^[a-z][a-z0-9_]{1,30}$/, "must be lower-case letters, digits and _"), label: z.string().trim().min(1).max(50) }).strict())
      .max(10)
      .refine((list) => !list.some((t) => t.id === "cash" || t.id === "card"), { message: "cash and card are always there" })
      .optional(),
    warranty_terms: z.string().max(500).optional(),
    return_approval_amount: z.number().nonnegative().multipleOf(0.01, "must be in whole centavos").optional(),
    return_approval_days: z.number().int().nonnegative().max(3650).optional(),
  })
  .strict()

export type PosSettingsType = z.infer<typeof PosSettingsSchema>
