import { useQuery } from "@tanstack/react-query"
import { sdk } from "./sdk"

export type MarkupRule = {
  id: string
  scope: "product" | "category" | "store"
  product_id?: string | null
  category_id?: string | null
  currency_code: string
  kind: "percent" | "fixed"
  value: string
  rounding: string
}

export type PricedVariant = {
  variant_id: string
  currency_code: string
  price: string | null
  rule_price: string
  manual: boolean
  rule: Pick<MarkupRule, "id" | "scope" | "kind" | "value" | "rounding">
}

const ROUNDING_LABEL: Record<string, string> = { none: "", peso: ", whole peso", half: ", .00/.50", nine: ", ends in 9", five: ", nearest 5" }

/** "Category: 35.5 %, ends in 9" */
export const describeRule = (rule: PricedVariant["rule"]) =>
  `${rule.scope[0].toUpperCase()}${rule.scope.slice(1)}: ${rule.kind === "percent" ? `${rule.value} %` : `+ ${rule.value}`}${ROUNDING_LABEL[rule.rounding] ?? ""}`

/** The markup rule in force and the manual flag of each variant (only those with a cost and a rule). */
export const usePricedVariants = (ids: string[], enabled: boolean) =>
  useQuery({
    queryKey: ["kassa-priced-variants-markup", ids],
    enabled: enabled && ids.length > 0,
    queryFn: () => sdk.client.fetch<{ priced_variants: PricedVariant[] }>("/admin/kassa/pricing/variants", { query: { variant_id: ids } }),
  })

/** A price marked as set by hand (GET /admin/kassa/pricing/manual): markup leaves it alone. */
export type ManualPrice = {
  variant_id: string
  currency_code: string
  variant_title: string | null
  sku: string | null
  product_id: string | null
  product_title: string | null
  price: string | null
  rule_price: string | null
  marked_at: string
}

export const MANUAL_PRICES_KEY = ["kassa", "pricing", "manual"]

/**
 * Marks a variant's price as set by hand (`manual`) or gives it back to its rule (`auto`, which
 * prices it by the rule at once), with the reason the server requires.
 */
export const setPriceMode = ({ variant_id, mode, reason }: { variant_id: string; mode: "manual" | "auto"; reason: string }) =>
  sdk.client.fetch(`/admin/kassa/pricing/variants/${variant_id}/${mode}`, {
    method: "POST",
    body: {},
    headers: { "X-Kassa-Reason": encodeURIComponent(reason) },
  })
