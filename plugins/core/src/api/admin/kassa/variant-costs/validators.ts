import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"
import { MAX_MONEY, pagination } from "../../../../validation/schemas"

/** Digits after the decimal point that a currency's minor unit allows (PHP 2, JPY 0). */
export const minorUnitDigits = (currency: string) =>
  new Intl.NumberFormat("en", { style: "currency", currency }).resolvedOptions().maximumFractionDigits ?? 2

// Intl.NumberFormat formats any well-formed code ("XYZ"); this list holds only real ones.
const CURRENCIES = new Set(Intl.supportedValuesOf("currency").map((c) => c.toLowerCase()))

const amount = z
  .union([z.number(), z.string().regex(/^\d+(\.\d+)?$/, "must be a decimal number such as 1250.50")])
  .refine((v) => Number(v) >= 0 && Number.isFinite(Number(v)), "must be zero or more")
  .refine((v) => Number(v) <= MAX_MONEY, `must be at most ${MAX_MONEY.toLocaleString("en")}`)

const VariantCost = z
  .object({
    variant_id: z.string().startsWith("variant_", "must be a product variant id (variant_…)"),
    currency_code: z
      .string()
      .length(3)
      .transform((c) => c.toLowerCase())
      .refine((c) => CURRENCIES.has(c), "is not an ISO 4217 currency code"),
    amount,
  })
  // Amounts are refused, never rounded, when they have more decimals than the currency's minor
  // unit; what passes is exactly representable, so it continues as a number like Medusa's own.
  .superRefine((cost, ctx) => {
    // Zod runs this even when the currency failed its own check, and Intl throws on a bad code.
    if (!CURRENCIES.has(cost.currency_code)) return
    const digits = minorUnitDigits(cost.currency_code)
    const decimals = String(cost.amount).split(".")[1]?.length ?? 0
    if (decimals > digits) {
      ctx.addIssue({
        code: "custom",
        path: ["amount"],
        message: `amount ${cost.amount} has ${decimals} decimals; ${cost.currency_code.toUpperCase()} allows ${digits}`,
      })
    }
  })
  .transform((cost) => ({ ...cost, amount: Number(cost.amount) }))

export const PostVariantCostsSchema = z
  .object({ costs: z.array(VariantCost).min(1).max(1000) })
  .strict()
  .refine((b) => new Set(b.costs.map((c) => c.variant_id)).size === b.costs.length, {
    message: "each variant may appear only once",
    path: ["costs"],
  })
export type PostVariantCostsType = z.infer<typeof PostVariantCostsSchema>

export const GetVariantCostsSchema = createFindParams({ limit: 50, offset: 0 }).extend({
  ...pagination(),
  variant_id: z.union([z.string().max(100), z.array(z.string().max(100)).max(200)]).optional(),
})
export type GetVariantCostsType = z.infer<typeof GetVariantCostsSchema>
