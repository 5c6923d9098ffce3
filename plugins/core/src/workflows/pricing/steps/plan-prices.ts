import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COST_MODULE } from "../../../modules/cost"
import type CostModuleService from "../../../modules/cost/service"
import { currencyDigits, markupPrice, toScaled, type MarkupRuleLike } from "../../../pricing/markup"

export type PlanInput = { variant_ids?: string[]; product_ids?: string[] }

/** One variant's price in one currency as markup would set it. Amounts are decimal strings in major units. */
export type PricePlan = {
  variant_id: string
  currency_code: string
  price_set_id: string | null
  /** The price row replaced (null: the variant has no price in this currency yet). */
  price_id: string | null
  rule_id: string
  cost: string
  current: string | null
  price: string
  /** Typed by hand: the marker is set, or the price differs from what the rule last wrote. */
  manual: boolean
  /** The marker is not stored yet (found manual by comparison just now). */
  newly_manual: boolean
  changed: boolean
}

type Rule = MarkupRuleLike & { id: string; scope: string; product_id: string | null; category_id: string | null; currency_code: string }
type Variant = { id: string; product_id: string; product?: { categories?: { id: string }[] }; price_set?: { id: string } | null }

const same = (a: string | number | null | undefined, b: string | number | null | undefined, digits: number) =>
  a != null && b != null && toScaled(String(a), digits + 6) === toScaled(String(b), digits + 6)

/**
 * The VAT rate (percent, as text) a price in this currency includes: that of the default tax rate
 * of the first country of the region selling in it, when that region's (or the currency's) prices
 * are tax-inclusive; "0" when they are not, so the rule writes the net price. The same reading
 * as the cost widget's useStorePricing.
 */
export async function includedVat(container: MedusaContainer, currency: string): Promise<string> {
  const regionModule = container.resolve(Modules.REGION)
  const pricing = container.resolve(Modules.PRICING)
  const [region] = await regionModule.listRegions({ currency_code: currency }, { relations: ["countries"], take: 1 })
  const preferences = await pricing.listPricePreferences({
    $or: [{ attribute: "currency_code", value: currency }, ...(region ? [{ attribute: "region_id", value: region.id }] : [])],
  } as any)
  const inclusive =
    preferences.find((p) => p.attribute === "region_id")?.is_tax_inclusive ?? preferences.find((p) => p.attribute === "currency_code")?.is_tax_inclusive
  const country = region?.countries?.[0]?.iso_2
  if (!inclusive || !country) return "0"
  const tax = container.resolve(Modules.TAX)
  const [taxRegion] = await tax.listTaxRegions({ country_code: country, parent_id: null } as any, { relations: ["tax_rates"] })
  const rate = (taxRegion as any)?.tax_rates?.find((r: { is_default: boolean }) => r.is_default)?.rate
  return rate == null ? "0" : String(rate)
}

/** Reads costs, rules, prices and markers, and works out each variant's markup price (writes nothing). */
export async function planPrices(container: MedusaContainer, input: PlanInput): Promise<PricePlan[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const costs: CostModuleService = container.resolve(COST_MODULE)
  const pricing = container.resolve(Modules.PRICING)

  const variantFilter: Record<string, unknown> = {}
  if (input.variant_ids) variantFilter.id = input.variant_ids
  if (input.product_ids) variantFilter.product_id = input.product_ids
  const variantCosts = input.product_ids
    ? await (async () => {
        const { data } = await query.graph({ entity: "product_variant", fields: ["id"], filters: variantFilter })
        return data.length ? costs.listVariantCosts({ variant_id: data.map((v: { id: string }) => v.id) }) : []
      })()
    : await costs.listVariantCosts(input.variant_ids ? { variant_id: input.variant_ids } : {})
  if (!variantCosts.length) return []

  const rules = (await costs.listMarkupRules({ currency_code: [...new Set(variantCosts.map((c) => c.currency_code))] })) as Rule[]
  if (!rules.length) return []

  const ids = variantCosts.map((c) => c.variant_id)
  const { data: variants } = await query.graph({
    entity: "product_variant",
    fields: ["id", "product_id", "product.categories.id", "price_set.id"],
    filters: { id: ids },
  })
  const variantById = new Map((variants as Variant[]).map((v) => [v.id, v]))
  const priceSetIds = (variants as Variant[]).map((v) => v.price_set?.id).filter((id): id is string => Boolean(id))
  // The variant's own price in a currency: no price list, no rules (region or quantity prices stay as they are).
  const prices = priceSetIds.length ? await pricing.listPrices({ price_set_id: priceSetIds } as any, { take: null }) : []
  const basePrice = new Map(
    prices
      .filter((p: any) => !p.price_list_id && !Number(p.rules_count ?? 0) && p.min_quantity == null && p.max_quantity == null)
      .map((p: any) => [`${p.price_set_id}:${p.currency_code}`, p])
  )
  const states = await costs.listPriceStates({ variant_id: ids })
  const stateOf = new Map(states.map((s) => [`${s.variant_id}:${s.currency_code}`, s]))
  const vat = new Map<string, string>()

  const plans: PricePlan[] = []
  for (const cost of variantCosts) {
    const variant = variantById.get(cost.variant_id)
    if (!variant) continue
    const currency = cost.currency_code
    const inCurrency = rules.filter((r) => r.currency_code === currency)
    const firstCategory = variant.product?.categories?.[0]?.id
    const rule =
      inCurrency.find((r) => r.scope === "product" && r.product_id === variant.product_id) ??
      (firstCategory ? inCurrency.find((r) => r.scope === "category" && r.category_id === firstCategory) : undefined) ??
      inCurrency.find((r) => r.scope === "store")
    if (!rule) continue
    if (!vat.has(currency)) vat.set(currency, await includedVat(container, currency))

    const digits = currencyDigits(currency)
    const price = markupPrice(String(cost.amount), rule, vat.get(currency)!, currency)
    const currentRow = variant.price_set ? basePrice.get(`${variant.price_set.id}:${currency}`) : undefined
    const current = currentRow ? String(currentRow.amount) : null
    const state = stateOf.get(`${cost.variant_id}:${currency}`)
    const differsFromAuto = state?.auto_amount != null && current != null && !same(current, state.auto_amount as any, digits)
    plans.push({
      variant_id: cost.variant_id,
      currency_code: currency,
      price_set_id: variant.price_set?.id ?? null,
      price_id: currentRow?.id ?? null,
      rule_id: rule.id,
      cost: String(cost.amount),
      current,
      price,
      manual: Boolean(state?.manual) || differsFromAuto,
      newly_manual: !state?.manual && differsFromAuto,
      changed: !same(current, price, digits),
    })
  }
  return plans
}

export const planPricesStep = createStep("plan-markup-prices", async (input: PlanInput, { container }) => {
  return new StepResponse(await planPrices(container, input))
})
