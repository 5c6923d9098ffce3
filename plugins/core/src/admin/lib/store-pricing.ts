import { useQuery } from "@tanstack/react-query"
import { sdk } from "./sdk"

export type StorePricing = { currency: string; taxInclusive: boolean; vatRate: number }

type Page<K extends string, T> = { [key in K]: T[] }

/**
 * The store's default currency, whether its prices include tax, and the default tax rate of
 * the region selling in it: what turns a shelf price into the net price a margin is taken on.
 */
async function loadStorePricing(): Promise<StorePricing> {
  const { stores } = await sdk.client.fetch<Page<"stores", { supported_currencies: { currency_code: string; is_default: boolean }[] }>>(
    "/admin/stores",
    { query: { fields: "supported_currencies.currency_code,supported_currencies.is_default" } }
  )
  const currencies = stores[0]?.supported_currencies ?? []
  const currency = (currencies.find((c) => c.is_default) ?? currencies[0])?.currency_code ?? "usd"

  const { regions } = await sdk.client.fetch<Page<"regions", { id: string; countries: { iso_2: string }[] }>>("/admin/regions", {
    query: { currency_code: currency, fields: "id,countries.iso_2", limit: 1 },
  })
  const region = regions[0]
  if (!region) return { currency, taxInclusive: false, vatRate: 0 }

  const [{ price_preferences }, { tax_regions }] = await Promise.all([
    sdk.client.fetch<Page<"price_preferences", { is_tax_inclusive: boolean }>>("/admin/price-preferences", {
      query: { attribute: "region_id", value: region.id },
    }),
    sdk.client.fetch<Page<"tax_regions", { tax_rates: { rate: number; is_default: boolean }[] }>>("/admin/tax-regions", {
      query: { country_code: region.countries[0]?.iso_2, fields: "tax_rates.rate,tax_rates.is_default" },
    }),
  ])
  const rate = tax_regions[0]?.tax_rates.find((r) => r.is_default)?.rate ?? 0
  return { currency, taxInclusive: Boolean(price_preferences[0]?.is_tax_inclusive), vatRate: rate / 100 }
}

export const useStorePricing = () =>
  useQuery({ queryKey: ["kassa-store-pricing"], queryFn: loadStorePricing, staleTime: 5 * 60 * 1000 })
