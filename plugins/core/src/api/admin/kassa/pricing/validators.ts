import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"
import { MAX_MONEY, pagination } from "../../../../validation/schemas"
import { currencyDigits, RATE_DECIMALS, ROUNDINGS } from "../../../../pricing/markup"

const CURRENCIES = new Set(Intl.supportedValuesOf("currency").map((c) => c.toLowerCase()))

const currency = z
  .string()
  .length(3)
  .transform((c) => c.toLowerCase())
  .refine((c) => CURRENCIES.has(c), "a currency is an ISO 4217 code such as php")

/** A decimal as text or number; kept as text so no float ever carries it. */
const decimal = z
  .union([z.number(), z.string().max(20)])
  .transform((v) => String(v).trim())
  .refine((v) => /^-?\d+(\.\d+)?$/.test(v), "the value must be a decimal number such as 35.5")

const id = (prefix: string, what: string) => z.string().max(100).startsWith(prefix, `a ${what} id starts with ${prefix} (pick the ${what}, do not type its name)`)

export const PostMarkupRuleSchema = z
  .object({
    scope: z.enum(["product", "category", "store"]),
    product_id: id("prod_", "product").optional(),
    category_id: id("pcat_", "category").optional(),
    currency_code: currency,
    kind: z.enum(["percent", "fixed"]),
    value: decimal,
    rounding: z.enum(ROUNDINGS).default("none"),
  })
  .strict()
  .superRefine((rule, ctx) => {
    if (rule.value.startsWith("-")) {
      ctx.addIssue({ code: "custom", path: ["value"], message: "The markup must be zero or more" })
      return
    }
    if (Number(rule.value) > (rule.kind === "percent" ? 10_000 : MAX_MONEY)) {
      ctx.addIssue({ code: "custom", path: ["value"], message: rule.kind === "percent" ? "a percentage markup is at most 10000" : `a fixed markup is at most ${MAX_MONEY}` })
    }
    const decimals = rule.value.split(".")[1]?.replace(/0+$/, "").length ?? 0
    if (rule.kind === "percent" && decimals > RATE_DECIMALS) {
      ctx.addIssue({ code: "custom", path: ["value"], message: `a percentage has at most ${RATE_DECIMALS} decimals` })
    }
    if (rule.kind === "fixed" && CURRENCIES.has(rule.currency_code)) {
      const digits = currencyDigits(rule.currency_code)
      if (decimals > digits) {
        ctx.addIssue({
          code: "custom",
          path: ["value"],
          message: `a fixed markup of ${rule.value} has ${decimals} decimals; ${rule.currency_code.toUpperCase()} allows ${digits}`,
        })
      }
    }
    if (rule.scope === "product" && !rule.product_id) ctx.addIssue({ code: "custom", path: ["product_id"], message: "product_id is required for a product rule" })
    if (rule.scope === "category" && !rule.category_id) ctx.addIssue({ code: "custom", path: ["category_id"], message: "category_id is required for a category rule" })
    if (rule.scope !== "product" && rule.product_id) ctx.addIssue({ code: "custom", path: ["product_id"], message: "product_id is only for a product rule" })
    if (rule.scope !== "category" && rule.category_id) ctx.addIssue({ code: "custom", path: ["category_id"], message: "category_id is only for a category rule" })
  })
export type PostMarkupRuleType = z.infer<typeof PostMarkupRuleSchema>

export const GetMarkupRulesSchema = createFindParams({ limit: 50, offset: 0 }).extend({
  ...pagination(),
  scope: z.enum(["product", "category", "store"]).optional(),
  product_id: z.union([z.string().max(100), z.array(z.string().max(100)).max(200)]).optional(),
  category_id: z.union([z.string().max(100), z.array(z.string().max(100)).max(200)]).optional(),
})
export type GetMarkupRulesType = z.infer<typeof GetMarkupRulesSchema>

export const PostPricingSettingsSchema = z.object({ markup_apply: z.enum(["review", "immediate"]) }).strict()
export type PostPricingSettingsType = z.infer<typeof PostPricingSettingsSchema>

export const PostApplyPricingSchema = z.object({ product_ids: z.array(id("prod_", "product")).min(1).max(1000).optional() }).strict()
export type PostApplyPricingType = z.infer<typeof PostApplyPricingSchema>

export const PostReviewIdsSchema = z.object({ ids: z.array(id("kprv_", "price review")).min(1).max(1000) }).strict()
export type PostReviewIdsType = z.infer<typeof PostReviewIdsSchema>

export const GetPriceReviewsSchema = createFindParams({ limit: 50, offset: 0 }).extend({
  ...pagination(),
  status: z.enum(["pending", "applied", "dismissed"]).optional(),
  variant_id: z.union([z.string().max(100), z.array(z.string().max(100)).max(200)]).optional(),
})
export type GetPriceReviewsType = z.infer<typeof GetPriceReviewsSchema>

export const PostPriceAutoSchema = z.object({ currency_codes: z.array(currency).min(1).max(20).optional() }).strict()
export type PostPriceAutoType = z.infer<typeof PostPriceAutoSchema>

/** Marking a price manual names its currencies, or takes the currency of the variant's cost. */
export const PostPriceManualSchema = PostPriceAutoSchema
export type PostPriceManualType = PostPriceAutoType

export const GetManualPricesSchema = z.object({ ...pagination() }).strict()
export type GetManualPricesType = z.infer<typeof GetManualPricesSchema>

export const GetPricedVariantsSchema = z
  .object({ variant_id: z.union([z.string().max(100), z.array(z.string().max(100)).min(1).max(200)]) })
  .strict()
export type GetPricedVariantsType = z.infer<typeof GetPricedVariantsSchema>
